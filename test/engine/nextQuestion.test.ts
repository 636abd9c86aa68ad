import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate';
import { rankQuestions } from '../../src/engine/nextQuestion';
import type { PatientFile } from '../../src/domain/patientFile';
import { answersOf, EVALUATION_DAY, realCatalog } from '../support/catalog';

function ranked(facts: PatientFile['facts']) {
  const catalog = realCatalog();
  const answers = answersOf(facts);
  return rankQuestions(evaluateAll(catalog.trials, answers, EVALUATION_DAY, catalog), catalog, answers);
}

describe('which unknown fact to ask next', () => {
  it('opens with the intake facts: diagnosis, then age, then sex', () => {
    expect(ranked({})[0]?.fact).toBe('primary_diagnosis');
    expect(ranked({ primary_diagnosis: 'sle' })[0]?.fact).toBe('age');
    expect(ranked({ primary_diagnosis: 'sle', age: 30 })[0]?.fact).toBe('sex');
  });

  it('asks sex because it settles the pregnancy question, which no criterion names directly', () => {
    const candidates = ranked({ primary_diagnosis: 'rpf_idiopathic', age: 70 });
    const sex = candidates.find((c) => c.fact === 'sex');
    expect(sex?.trials).toEqual(expect.arrayContaining(['nct04047576-rpf']));
    expect(ranked({ primary_diagnosis: 'rpf_idiopathic', age: 70, sex: 'male' }).map((c) => c.fact)).not.toContain('reproductive_status');
    expect(ranked({ primary_diagnosis: 'rpf_idiopathic', age: 70, sex: 'female' }).map((c) => c.fact)).toContain('reproductive_status');
  });

  it('never offers a fact that cannot change any verdict', () => {
    // Primary Sjögren's with no other diagnosis rules out the RPF, IgG4-RD, SIRIUS and aPL studies; only CTD-TP stays open.
    const facts = ranked({ primary_diagnosis: 'pss', other_ctds: [], age: 45, sex: 'female' }).map((c) => c.fact);
    expect(facts).not.toContain('rpf_imaging_diagnosis');
    expect(facts).not.toContain('sledai2k_clinical');
    expect(facts).not.toContain('apl_persistent');
    expect(new Set(facts)).toEqual(
      new Set(['platelets', 'corticosteroids', 'immunosuppressants', 'biologics', 'earlier_standard_treatment', 'conventional_treatment_intolerance']),
    );
    // Treatment for more than 3 months in the last 12 settles D3 and E1: earlier treatment and intolerance are not asked.
    const treated = ranked({
      primary_diagnosis: 'pss',
      other_ctds: [],
      age: 45,
      sex: 'female',
      corticosteroids: [{ drug: 'prednisone', dose: { value: 15, unit: 'mg/d' }, started: '2026-05-01', doseSince: '2026-05-01' }],
      immunosuppressants: [{ drug: 'mycophenolate', dose: { value: 2, unit: 'g/d' }, started: '2026-05-01', doseSince: '2026-05-01' }],
    }).map((c) => c.fact);
    expect(treated).toEqual(['platelets']);
  });

  it('prefers the fact that bears on the most undecided trials, and counts them', () => {
    const candidates = ranked({ primary_diagnosis: 'aps', other_ctds: [], age: 40, sex: 'female' });
    const first = candidates[0];
    expect(first?.trials.length).toBe(Math.max(...candidates.map((c) => c.trials.length)));
    const platelets = candidates.find((c) => c.fact === 'platelets');
    expect(platelets?.trials.sort()).toEqual(['nct03688191-ctd-tp', 'nct06722586-apl-tp']);
  });

  it('does not ask again a fact answered "unknown", and offers nothing once every trial is decided', () => {
    expect(ranked({ primary_diagnosis: 'aps', platelets: 'unknown' }).map((c) => c.fact)).not.toContain('platelets');
    expect(ranked({ primary_diagnosis: 'other', other_ctds: [], age: 10 })).toEqual([]);
  });

  it('keeps a study whose disease may be one of the other diagnoses open, and asks for them', () => {
    const candidates = ranked({ primary_diagnosis: 'aps', age: 40, sex: 'female' });
    expect(candidates.find((c) => c.fact === 'other_ctds')?.trials).toEqual(
      expect.arrayContaining(['igg4rd-sirolimus', 'nct03688191-ctd-tp', 'nct04047576-rpf', 'nct04582136-sirius', 'nct06722586-apl-tp']),
    );
  });
});
