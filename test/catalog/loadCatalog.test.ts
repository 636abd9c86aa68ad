import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalog, loadCatalog } from '../../src/catalog/loadCatalog';
import { CatalogError } from '../../src/catalog/catalogError';
import { realCatalog, seedsDir } from '../support/catalog';

/** Counts per trial of the criteria in its source, coded as rules or confirm-only (none missing). */
const expectedCoding: Record<string, { rules: number; confirmOnly: number }> = {
  'igg4rd-sirolimus': { rules: 8, confirmOnly: 3 },
  'nct03688191-ctd-tp': { rules: 5, confirmOnly: 2 },
  'nct04047576-rpf': { rules: 10, confirmOnly: 3 },
  'nct04582136-sirius': { rules: 24, confirmOnly: 2 },
  'nct06722586-apl-tp': { rules: 17, confirmOnly: 2 },
};

const copies: string[] = [];
/** A copy of the seeds with one file (path inside seeds/) edited. */
function brokenSeeds(file: string, edit: (yaml: string) => string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
  copies.push(root);
  const dir = path.join(root, 'seeds');
  cpSync(seedsDir, dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

const brokenCopy = (trial: string, edit: (yaml: string) => string) => brokenSeeds(path.join('trials', trial, 'trial.yaml'), edit);
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the seeded catalog', () => {
  it('loads the five trials with every criterion coded as a rule or confirm-only', () => {
    const coding = Object.fromEntries(
      realCatalog().trials.map((t) => [
        t.record.id,
        { rules: t.criteria.filter((c) => c.node).length, confirmOnly: t.criteria.filter((c) => !c.node).length },
      ]),
    );
    expect(coding).toEqual(expectedCoding);
  });

  it('never invents a registry id: the IgG4-RD source has none', () => {
    const ids = Object.fromEntries(realCatalog().trials.map((t) => [t.record.id, t.record.registryId]));
    expect(ids['igg4rd-sirolimus']).toBeNull();
    expect(ids['nct06722586-apl-tp']).toBe('NCT06722586');
  });

  it('keeps each source document verbatim beside its record', () => {
    for (const [trial, shared] of [
      ['nct04047576-rpf', '000_e3381807ae233bdd.txt'],
      ['nct06722586-apl-tp', '004_9bd8fc164f9917bb.txt'],
    ] as const) {
      const original = path.resolve(seedsDir, '../../shared/seeds', shared);
      const copy = readFileSync(path.join(seedsDir, 'trials', trial, 'source.txt'), 'utf8');
      expect(copy).toBe(readFileSync(original, 'utf8'));
    }
  });

  it('records each age range as its age criterion applies it', () => {
    for (const trial of realCatalog().trials) {
      const ages = trial.record.eligibility.ages;
      const ageCriterion = trial.record.criteria.find((c) => c.source === ages?.source);
      expect(Boolean(ageCriterion), trial.record.id).toBe(ages !== undefined);
      if (!ages || !ageCriterion) continue;
      // The bounds the record states are the ones its rule applies, in years.
      const rule = ageCriterion.rule as { fact: string; compare: { unit: string; between?: [number, number]; op?: string; value?: number } };
      expect(rule.fact, trial.record.id).toBe('age');
      expect(rule.compare.unit, trial.record.id).toBe('a');
      const applied = rule.compare.between ?? (rule.compare.op === '>=' ? [rule.compare.value, undefined] : [undefined, rule.compare.value]);
      expect(applied, trial.record.id).toEqual([ages.min, ages.max]);
    }
    expect(realCatalog().trials.filter((t) => t.record.eligibility.ages).length).toBeGreaterThan(0);
  });
});

describe('a broken record fails with the file and field named', () => {
  it('reports a wrong type with its field path', () => {
    const dir = brokenCopy('nct04047576-rpf', (y) => y.replace('enrollment: { target: 60', 'enrollment: { target: "sixty"'));
    const { problems } = checkCatalog(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'seeds/trials/nct04047576-rpf/trial.yaml', path: 'enrollment.target' }),
    );
  });

  it('reports an unknown fact inside a rule', () => {
    const dir = brokenCopy('nct04047576-rpf', (y) => y.replace('fact: hemoglobin,', 'fact: haemoglobin_typo,'));
    expect(() => loadCatalog(dir)).toThrowError(/nct04047576-rpf\/trial\.yaml criteria\[7\]\.rule\.any\[1\]\.fact: unknown fact "haemoglobin_typo"/);
  });

  it('reports a threshold unit that cannot be converted to the fact’s unit', () => {
    // Not mmol/L: haemoglobin converts to it with its molar mass.
    const dir = brokenCopy('nct04047576-rpf', (y) => y.replace("value: 90, unit: g/L", "value: 90, unit: U/L"));
    const { problems } = checkCatalog(dir);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'criteria[7].rule.any[1].compare.unit' }));
  });

  it('reports a criterion sentence that is not in the source document', () => {
    const dir = brokenCopy('nct06722586-apl-tp', (y) => y.replace('apparent bleeding tendency.', 'obvious bleeding tendency.'));
    const { problems } = checkCatalog(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'seeds/trials/nct06722586-apl-tp/trial.yaml', path: 'criteria[11].source', message: expect.stringMatching(/verbatim/) }),
    );
  });

  it.each([
    ['an unknown choice code', 'igg4rd-sirolimus', 'oneOf: [igg4rd, rpf_igg4]', 'oneOf: [igg4, rpf_igg4]', /criteria\[\d+\]\.rule\.all\[0\]\.any\[0\]\.oneOf\[0\]: "igg4" is not a choice of fact "primary_diagnosis"/],
    ['an unknown drug', 'nct04582136-sirius', 'drugs: [mycophenolate]', 'drugs: [mycophenolat]', /select\.drugs\[0\]: unknown drug "mycophenolat"/],
    ['a drug outside the fact’s classes', 'nct04582136-sirius', 'drugs: [mycophenolate]', 'drugs: [prednisone]', /select\.drugs\[0\]: drug "prednisone" is not in the classes of fact/],
  ])('reports %s in a rule, with its path', (_, trial, from, to, message) => {
    const dir = brokenCopy(trial, (y) => {
      if (!y.includes(from)) throw new Error(`the record no longer contains ${from}`);
      return y.replace(from, to);
    });
    expect(() => loadCatalog(dir)).toThrowError(message);
  });

  it('reports a problem in a trial’s own fact in that trial’s file', () => {
    const ownFact = ['facts:', '  - id: serum_ferritin', '    type: number', '    label: Serum ferritin', '    question: What is the serum ferritin?', '    hint: e.g. "1500 ng/mL".',
      '    unit: nanograms', '    unitLabel: ng/mL', '    plausible: [1, 200000]', 'criteria:'].join('\n');
    const dir = brokenCopy('nct04047576-rpf', (y) => y.replace(/^criteria:/m, ownFact));
    expect(checkCatalog(dir).problems).toContainEqual(
      expect.objectContaining({ file: 'seeds/trials/nct04047576-rpf/trial.yaml', path: 'facts[0].unit', message: '"nanograms" is not a valid UCUM unit' }),
    );
  });

  it('reports an implication on a code the implying fact does not have', () => {
    const dir = brokenSeeds(path.join('facts', 'facts.yaml'), (yaml) => {
      if (!yaml.includes('when: { fact: sex, is: [male] }')) throw new Error('facts.yaml no longer implies from sex = male');
      return yaml.replace('when: { fact: sex, is: [male] }', 'when: { fact: sex, is: [mael] }');
    });
    expect(checkCatalog(dir).problems).toContainEqual(
      expect.objectContaining({ file: 'seeds/facts/facts.yaml', message: '"mael" is not a choice of fact "sex"' }),
    );
  });

  it('reports an option said to need a name, or to be dated, that the fact does not have', () => {
    const dir = brokenSeeds(path.join('facts', 'facts.yaml'), (yaml) => {
      if (!yaml.includes('optionsNeedName: [diabetes,') || !yaml.includes('recent: within_5_years')) throw new Error('facts.yaml no longer has these fields');
      return yaml.replace('optionsNeedName: [diabetes,', 'optionsNeedName: [diabetis,').replace('recent: within_5_years', 'recent: within_5_yrs');
    });
    const messages = checkCatalog(dir).problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/optionsNeedName\[0\]: "diabetis" is not a choice of this fact/));
    expect(messages).toContainEqual(expect.stringMatching(/dated\.recent: "within_5_yrs" is not a choice of this fact/));
  });

  it('reports a drug class no drug has in a choice decided by medicines', () => {
    const dir = brokenSeeds(path.join('facts', 'facts.yaml'), (yaml) => yaml.replace('first: [corticosteroid]', 'first: [corticosteriod]'));
    expect(checkCatalog(dir).problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(expect.stringMatching(/fromMedicines\.first\[0\]: no drug in drugs\.yaml has class "corticosteriod"/));
  });

  it('reports a criterion with neither a rule nor a confirm-only reason', () => {
    const dir = brokenCopy('igg4rd-sirolimus', (y) => y.replace('    confirmOnly: In the opinion of the investigator.\n', ''));
    const error = (() => {
      try {
        loadCatalog(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).message).toMatch(/criteria\[5\]: a criterion needs exactly one of `rule` or `confirmOnly`/);
  });

  it.each([
    ['a half-life below the upper end of its range', 'value: 1860, range: [124.08, 1860]', 'value: 528, range: [124.08, 1860]', /drugs\[\d+\]\.halfLifeHours\.value: 528 is not the upper end of the source's range \[124\.08, 1860\]/],
    ['a dose limit below the upper end of its range', 'value: 3750\n      range: [1, 3750]', 'value: 1000\n      range: [1, 3750]', /classes\[0\]\.maxDailyDose\.value: 1000 is not the upper end/],
    ['a half-life without its source', 'value: 816, range: [24, 816], source: "Nplate label 12.3: elimination half-life in ITP 1-34 days (median 3.5 days)"', 'value: 816, range: [24, 816]', /drugs\[\d+\]\.halfLifeHours\.source/],
    ['a unitless-dose range that would read a number both in mg and in g', 'plainDose: { unit: mg, range: [100, 600]', 'plainDose: { unit: mg, range: [0.1, 600]', /drugs\[\d+\]\.plainDose\.range: a range of a thousandfold or more/],
    ['a unitless-dose name that is not a name of the drug', 'names: [enoxaparin, enox, Clexane, Lovenox]', 'names: [enoxaparin, Fragmin]', /drugs\[\d+\]\.plainDose\.names\[1\]: "Fragmin" is not a name of drug "heparin"/],
  ])('reports %s in the drugs file', (_, from, to, message) => {
    const dir = brokenSeeds(path.join('facts', 'drugs.yaml'), (yaml) => {
      if (!yaml.includes(from)) throw new Error(`drugs.yaml no longer contains ${from}`);
      return yaml.replace(from, to);
    });
    const problems = checkCatalog(dir).problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('a unit a fact refuses', () => {
  it.each([
    ['spelt as an accepted one', 'mL/min/1.73m2'],
    ['that reads as an accepted one in another case or spacing', 'ML/min/1.73 M2'],
  ])('fails the check when %s, since answers try refused units first', (_, alias) => {
    const refused = 'aliases: [mL/min, ml/min, mL/minute, ml/minute]';
    const dir = brokenSeeds(path.join('facts', 'facts.yaml'), (yaml) => {
      if (!yaml.includes(refused)) throw new Error(`facts.yaml no longer contains ${refused}`);
      return yaml.replace(refused, `aliases: [mL/min, ml/min, mL/minute, ml/minute, '${alias}']`);
    });
    const problems = checkCatalog(dir).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContainEqual(expect.stringMatching(/\.refuses\[0\]\.aliases\[4\]: /));
    expect(problems.join('\n')).toMatch(new RegExp(`"${alias.replaceAll('.', '\\.')}" reads as "mL/min/1\\.73 ?m[2²]", an accepted spelling of this fact's units`));
  });
});

describe('the drugs file’s figures', () => {
  it('takes every half-life and dose limit given as a range at its upper end, each citing its source', () => {
    const catalog = realCatalog();
    const figures = [
      ...[...catalog.drugs.values()].flatMap((d) => (d.halfLifeHours ? [d.halfLifeHours] : [])),
      ...[...catalog.drugClasses.values()].flatMap((c) => (c.maxDailyDose ? [c.maxDailyDose] : [])),
    ];
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      expect(figure.source.length).toBeGreaterThan(5);
      if (figure.range) expect(figure.value).toBe(figure.range[1]);
    }
  });

  it('holds the figures the clinical review found below the rule at the label’s upper end, and drops the one without a label value', () => {
    const halfLife = (code: string) => realCatalog().drugs.get(code)?.halfLifeHours?.value;
    expect(halfLife('romiplostim')).toBe(34 * 24);
    expect(halfLife('rituximab')).toBe(77.5 * 24);
    expect(halfLife('leflunomide')).toBe(19 * 24);
    expect(halfLife('ivig')).toBeCloseTo(96.6 * 24);
    // The label's low-dose range (3-10 h), not its high-dose one: the criteria screen patients on weekly low doses.
    expect(halfLife('methotrexate')).toBe(10);
    expect(halfLife('azathioprine')).toBeUndefined();
  });
});

describe('the Chinese wording beside the seeds', () => {
  const problemsOf = (dir: string) => checkCatalog(dir).problems.map((p) => `${p.file} ${p.path}: ${p.message}`);

  it('refuses a criterion left without its Chinese label, naming the file and the criterion', () => {
    const dir = brokenSeeds(path.join('trials', 'nct04047576-rpf', 'trial.zh-CN.yaml'), (yaml) => yaml.replace(/\n {2}I1:\n {4}label: [^\n]+/, ''));
    expect(problemsOf(dir).join('\n')).toMatch(/nct04047576-rpf\/trial\.zh-CN\.yaml criteria\.I1: criterion I1 has no zh-CN wording/);
  });

  it('refuses a fact whose question is not in Chinese, in the facts wording file', () => {
    const dir = brokenSeeds(path.join('facts', 'facts.zh-CN.yaml'), (yaml) => yaml.replace(/\n {2}platelets:\n(?: {4}[^\n]*\n)+/, '\n'));
    expect(problemsOf(dir).join('\n')).toMatch(/facts\.zh-CN\.yaml facts\.platelets: fact "platelets" has no zh-CN wording/);
  });

  it('refuses a trial without its translation file', () => {
    const dir = brokenSeeds(path.join('trials', 'igg4rd-sirolimus', 'trial.zh-CN.yaml'), (yaml) => yaml);
    rmSync(path.join(dir, 'trials', 'igg4rd-sirolimus', 'trial.zh-CN.yaml'));
    expect(problemsOf(dir).join('\n')).toMatch(/igg4rd-sirolimus\/trial\.zh-CN\.yaml : the zh-CN wording is missing/);
  });

  it('reads the Chinese names beside the English ones, in one vocabulary', () => {
    const platelets = realCatalog().facts.get('platelets');
    expect(platelets?.names.map((n) => (typeof n === 'string' ? n : JSON.stringify(n)))).toEqual(expect.arrayContaining(['plt', '血小板']));
  });
});
