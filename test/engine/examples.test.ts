import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatientFile } from '../../src/domain/patientFile';
import { evaluateAll } from '../../src/engine/evaluate';
import { answersOf, EVALUATION_DAY, examplesDir, realCatalog } from '../support/catalog';
import { evidenceTexts, warningText } from '../support/english';

function resultsFor(example: string) {
  const file = PatientFile.parse(JSON.parse(readFileSync(path.join(examplesDir, example), 'utf8')));
  const results = evaluateAll(realCatalog().trials, answersOf(file.facts), EVALUATION_DAY, realCatalog());
  // Each result with its details alongside, as the reports show them.
  return Object.fromEntries(results.map((r) => [r.trialId, { ...r, ...r.details() }]));
}

describe('the catalog issue’s examples', () => {
  it('Sjögren’s thrombocytopenia after 6 months of prednisone + MMF: CTD-TP eligible with a status warning, aPL and SIRIUS not', () => {
    const results = resultsFor('sjogren-thrombocytopenia.json');
    const ctdtp = results['nct03688191-ctd-tp'];
    expect(ctdtp?.verdict).toBe('eligible');
    expect(ctdtp?.status.warnings.map((w) => warningText(w)).join(' ')).toMatch(/status may be out of date/);
    expect(ctdtp?.toConfirm.map((c) => c.id)).toEqual(['I1', 'D3-6m']);

    const apl = results['nct06722586-apl-tp'];
    expect(apl?.verdict).toBe('ineligible');
    expect(apl?.deciding.map((c) => c.id)).toContain('E1');

    const sirius = results['nct04582136-sirius'];
    expect(sirius?.verdict).toBe('ineligible');
    expect(sirius?.deciding.map((c) => c.id)).toEqual(['I2']);
    expect(evidenceTexts(sirius!.deciding[0]!.evidence[0]!).value).toBe("Primary Sjögren's syndrome");
  });

  it('idiopathic RPF on CT with raised CRP and normal counts: RPF study eligible', () => {
    const rpf = resultsFor('rpf-eligible.json')['nct04047576-rpf'];
    expect(rpf?.verdict).toBe('eligible');
    const e4 = rpf?.criteria.find((c) => c.id === 'E4');
    expect(e4?.status).toBe('not-met');
    expect(evidenceTexts(e4!.evidence.find((e) => e.fact === 'hemoglobin')!).value).toBe('11 g/dL (= 110 g/L)');
    expect(rpf?.toConfirm.map((c) => c.id)).toEqual(['I1-IgG4', 'E6-history', 'E8']);
  });

  it('dexamethasone 1.5 mg/day: aPL study ineligible, citing the < 10 mg prednisone-equivalent rule', () => {
    const apl = resultsFor('apl-dexamethasone.json')['nct06722586-apl-tp'];
    expect(apl?.verdict).toBe('ineligible');
    const c1 = apl?.deciding.find((c) => c.id === 'C1');
    expect(c1?.source).toBe('prednisone or equivalent dose less than 10mg per day is allowed, and dose should be stable for more than 2 weeks');
    expect(evidenceTexts(c1!.evidence[0]!).value).toMatch(/dexamethasone 1\.5 mg\/d \(= 10 mg\/day prednisone-equivalent\)/);
    expect(evidenceTexts(c1!.evidence[0]!).test).toMatch(/< 10 mg\/day prednisone-equivalent/);
  });

  it('the RPF patient with only age and diagnosis: needs information, listing exactly what is missing', () => {
    const rpf = resultsFor('rpf-age-and-diagnosis-only.json')['nct04047576-rpf'];
    expect(rpf?.verdict).toBe('needs-info');
    expect(rpf?.missingFacts).toEqual([
      'rpf_imaging_diagnosis',
      'inflammatory_markers_raised',
      'rpf_active_on_imaging',
      'platelets',
      'hemoglobin',
      'wbc',
      'neutrophils',
      'urine_protein_24h',
      'interstitial_lung_disease',
      'uncontrolled_conditions',
      'malignancy_history',
      'reproductive_status',
      'sirolimus_history',
      'corticosteroid_intolerance',
      'corticosteroids',
      'immunosuppressants',
      'biologics',
      'herbal_medicines',
    ]);
    expect(rpf?.unknownFacts).toEqual([]);
  });
});
