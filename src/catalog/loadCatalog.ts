import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FactCatalogFile, type FactDefinition } from '../domain/factDefinition';
import { TrialRecord } from '../domain/trialRecord';
import { ConditionsFile, DrugsFile } from '../domain/vocabulary';
import { RuleError, type Vocabulary } from '../engine/compileContext';
import { compileTrial, type CompiledTrial } from '../engine/compiledTrial';
import { CatalogError, type CatalogProblem } from './catalogError';
import { checkDrugs } from './drugChecks';
import { readSeedFile } from './readSeedFile';
import { AssertionRules } from '../domain/assertionRules';
import { ReadingWords } from '../domain/readingWords';
import { LabTestsFile, type LabTest } from '../domain/labTest';
import { TRANSLATED_LOCALES, type Locale, type LocaleWording } from '../domain/wording';
import { readWording, withNamesOf, type EnglishSeeds } from './wordings';
import { sourceContains } from './sourceText';
import { checkFacts, type LocatedFact } from './vocabularyChecks';

export interface Catalog extends Vocabulary {
  readonly trials: readonly CompiledTrial[];
}

export interface CatalogCheck {
  catalog?: Catalog;
  problems: CatalogProblem[];
}

/** Seeds layout: facts/{facts,conditions,drugs}.yaml and trials/<slug>/{trial.yaml, source text}. */
export function checkCatalog(seedsDir: string): CatalogCheck {
  const problems: CatalogProblem[] = [];
  const shown = (file: string) => path.relative(path.dirname(seedsDir), file);
  const read = <T>(parsed: { ok: true; value: T } | { ok: false; problems: CatalogProblem[] }): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.problems);
    return undefined;
  };
  const factsFile = path.join(seedsDir, 'facts', 'facts.yaml');
  const facts = read(readSeedFile(factsFile, shown(factsFile), FactCatalogFile))?.facts ?? [];
  const conditionsFile = path.join(seedsDir, 'facts', 'conditions.yaml');
  const conditions = read(readSeedFile(conditionsFile, shown(conditionsFile), ConditionsFile))?.conditions ?? [];
  const drugsFile = path.join(seedsDir, 'facts', 'drugs.yaml');
  const drugsData = read(readSeedFile(drugsFile, shown(drugsFile), DrugsFile));
  const drugs = drugsData?.drugs ?? [];
  const drugClasses = drugsData?.classes ?? [];
  problems.push(...checkDrugs(drugs, drugClasses, shown(drugsFile)));

  const testsFile = path.join(seedsDir, 'facts', 'tests.yaml');
  const labTests = read(readSeedFile(testsFile, shown(testsFile), LabTestsFile))?.tests ?? [];
  const assertionFile = path.join(seedsDir, 'reading', 'assertion.en.yaml');
  const assertion = read(readSeedFile(assertionFile, shown(assertionFile), AssertionRules));
  const wordsFile = path.join(seedsDir, 'reading', 'words.en.yaml');
  const words = read(readSeedFile(wordsFile, shown(wordsFile), ReadingWords));

  const records = readTrialRecords(path.join(seedsDir, 'trials'), shown, problems);
  const allFacts = mergeTrialFacts(facts, shown(factsFile), records, problems);
  problems.push(...checkFacts(allFacts, drugs, conditions, shown(conditionsFile)));
  problems.push(...checkLabTests(labTests, allFacts, shown(testsFile)));
  if (!assertion || !words) return { problems };
  const english: EnglishSeeds = { facts: allFacts.map((located) => located.fact), drugs, drugClasses, conditions, labTests, assertion, words, trials: records };
  const translated = TRANSLATED_LOCALES.map((locale) => ({ locale, ...readWording(seedsDir, locale, english, shown, problems) }));
  const vocabulary = vocabularyOf(withNamesOf(english, translated), new Map(translated.map(({ locale, wording }) => [locale, wording])));

  const trials: CompiledTrial[] = [];
  for (const { record, file } of records) {
    try {
      trials.push(compileTrial(record, vocabulary));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push({ file, path: error.path, message: error.message.slice(error.path.length + 2) });
    }
  }
  if (problems.length > 0) return { problems };
  return { problems, catalog: { ...vocabulary, trials } };
}

export function loadCatalog(seedsDir: string): Catalog {
  const { catalog, problems } = checkCatalog(seedsDir);
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}

interface LoadedRecord {
  record: TrialRecord;
  file: string;
  /** The trial's folder, where its wordings in other languages are. */
  dir: string;
}

function readTrialRecords(trialsDir: string, shown: (file: string) => string, problems: CatalogProblem[]): LoadedRecord[] {
  if (!existsSync(trialsDir)) {
    problems.push({ file: shown(trialsDir), path: '', message: 'the trials folder is missing' });
    return [];
  }
  const records: LoadedRecord[] = [];
  const ids = new Map<string, string>();
  for (const entry of readdirSync(trialsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(trialsDir, entry.name);
    const recordFile = path.join(dir, 'trial.yaml');
    const file = shown(recordFile);
    if (!existsSync(recordFile)) {
      problems.push({ file, path: '', message: 'each trial folder needs a trial.yaml record' });
      continue;
    }
    const parsed = readSeedFile(recordFile, file, TrialRecord);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const record = parsed.value;
    const before = problems.length;
    const previous = ids.get(record.id);
    if (previous) problems.push({ file, path: 'id', message: `trial id "${record.id}" is also used by ${previous}` });
    ids.set(record.id, file);
    checkAgainstSource(record, path.join(dir, record.sourceFile), file, problems);
    if (problems.length === before) records.push({ record, file, dir });
  }
  return records;
}

function checkAgainstSource(record: TrialRecord, sourceFile: string, file: string, problems: CatalogProblem[]): void {
  if (!existsSync(sourceFile)) {
    problems.push({ file, path: 'sourceFile', message: `source document "${record.sourceFile}" not found beside the record` });
    return;
  }
  const source = readFileSync(sourceFile, 'utf8');
  const seen = new Set<string>();
  record.criteria.forEach((criterion, i) => {
    if (seen.has(criterion.id)) problems.push({ file, path: `criteria[${i}].id`, message: `criterion id "${criterion.id}" is used twice` });
    seen.add(criterion.id);
    if (!sourceContains(source, criterion.source)) {
      problems.push({ file, path: `criteria[${i}].source`, message: 'this sentence does not appear in the source document (it must be quoted verbatim)' });
    }
  });
  if (record.registryId && !source.includes(record.registryId)) {
    problems.push({ file, path: 'registryId', message: `"${record.registryId}" does not appear in the source document` });
  }
}

function mergeTrialFacts(facts: readonly FactDefinition[], factsFile: string, records: readonly LoadedRecord[], problems: CatalogProblem[]): LocatedFact[] {
  const merged: LocatedFact[] = facts.map((fact, i) => ({ fact, file: factsFile, path: `facts[${i}]` }));
  const owner = new Map(facts.map((f) => [f.id, 'the fact catalog']));
  for (const { record, file } of records) {
    record.facts.forEach((fact, i) => {
      const existing = owner.get(fact.id);
      if (existing) {
        problems.push({ file, path: `facts[${i}].id`, message: `fact "${fact.id}" is already defined by ${existing}` });
        return;
      }
      owner.set(fact.id, file);
      merged.push({ fact, file, path: `facts[${i}]` });
    });
  }
  return merged;
}

function vocabularyOf({ facts, drugs, drugClasses, conditions, labTests, assertion, words }: EnglishSeeds, wordings: ReadonlyMap<Locale, LocaleWording>): Vocabulary {
  return {
    facts: new Map(facts.map((f) => [f.id, f])),
    drugs: new Map(drugs.map((d) => [d.code, d])),
    drugClasses: new Map(drugClasses.map((c) => [c.code, c])),
    conditions,
    labTests,
    assertion,
    words,
    wordings,
  };
}

/** Each test bears on a fact of the catalog, and its code is its own. */
function checkLabTests(tests: readonly LabTest[], facts: readonly LocatedFact[], file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const known = new Set(facts.map((f) => f.fact.id));
  const seen = new Set<string>();
  tests.forEach((test, i) => {
    if (!known.has(test.fact)) problems.push({ file, path: `tests[${i}].fact`, message: `unknown fact "${test.fact}"` });
    if (seen.has(test.code)) problems.push({ file, path: `tests[${i}].code`, message: `test code "${test.code}" is used twice` });
    seen.add(test.code);
  });
  return problems;
}
