import { existsSync } from 'node:fs';
import type { z } from 'zod';
import path from 'node:path';
import type { AssertionRules } from '../domain/assertionRules';
import { ReadingWords } from '../domain/readingWords';
import type { AcceptedUnit, FactDefinition, FactName } from '../domain/factDefinition';
import type { LabTest } from '../domain/labTest';
import type { TrialRecord } from '../domain/trialRecord';
import type { Condition, Drug, DrugClass } from '../domain/vocabulary';
import { ConditionsWordingFile, DrugsWordingFile, FactsWordingFile, TestsWordingFile, TrialWording, type FactWording, type Locale, type LocaleWording } from '../domain/wording';
import { AssertionRules as AssertionRulesSchema } from '../domain/assertionRules';
import type { CatalogProblem } from './catalogError';
import { readSeedFile } from './readSeedFile';

/** The English seeds, as the catalog read them. */
export interface EnglishSeeds {
  facts: readonly FactDefinition[];
  drugs: readonly Drug[];
  drugClasses: readonly DrugClass[];
  conditions: readonly Condition[];
  labTests: readonly LabTest[];
  assertion: AssertionRules;
  words: ReadingWords;
  trials: readonly { record: TrialRecord; dir: string }[];
}

/**
 * One language's wording of the catalog, from the files beside the English seeds (facts/*.zh-CN.yaml,
 * reading/assertion.zh-CN.yaml, trials/<id>/trial.zh-CN.yaml): every text the English has must be there too
 * (a missing one is a problem naming it), so that a conversation in that language never falls back to English.
 */
export function readWording(seedsDir: string, locale: Locale, seeds: EnglishSeeds, shown: (file: string) => string, problems: CatalogProblem[]): ReadingOf {
  const file = (...parts: string[]) => path.join(seedsDir, ...parts);
  const load = <S extends z.ZodType>(parts: string[], schema: S): z.infer<S> | undefined => {
    const f = file(...parts);
    if (!existsSync(f)) {
      problems.push({ file: shown(f), path: '', message: `the ${locale} wording is missing (every text of the English seeds is needed in each language)` });
      return undefined;
    }
    const parsed = readSeedFile(f, shown(f), schema);
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.problems);
    return undefined;
  };
  const facts = load(['facts', `facts.${locale}.yaml`], FactsWordingFile);
  const drugs = load(['facts', `drugs.${locale}.yaml`], DrugsWordingFile);
  const conditions = load(['facts', `conditions.${locale}.yaml`], ConditionsWordingFile);
  const tests = load(['facts', `tests.${locale}.yaml`], TestsWordingFile);
  const assertion = load(['reading', `assertion.${locale}.yaml`], AssertionRulesSchema);
  const words = load(['reading', `words.${locale}.yaml`], ReadingWords);
  const trials = new Map<string, TrialWording>();
  for (const { record, dir } of seeds.trials) {
    const wording = load([path.relative(seedsDir, dir), `trial.${locale}.yaml`], TrialWording);
    if (wording) trials.set(record.id, wording);
  }
  // A trial's own facts are worded in its own translation, beside its criteria.
  const trialFacts = [...trials.values()].flatMap((t) => Object.entries(t.facts));
  const wording: LocaleWording = {
    facts: new Map([...Object.entries(facts?.facts ?? {}), ...trialFacts]),
    drugs: new Map(Object.entries(drugs?.drugs ?? {})),
    drugClasses: new Map(Object.entries(drugs?.classes ?? {})),
    conditions: new Map(Object.entries(conditions?.conditions ?? {})),
    tests: new Map(Object.entries(tests?.tests ?? {})),
    trials,
  };
  problems.push(...missingTexts(locale, seeds, wording, file, shown));
  return { wording, assertion, words };
}

/** One language's wording, and the rules and words its notes and answers are read by. */
interface ReadingOf {
  wording: LocaleWording;
  assertion: AssertionRules | undefined;
  words: ReadingWords | undefined;
}

/** Every text the English seeds have and the wording lacks, named by file and path. */
function missingTexts(locale: Locale, seeds: EnglishSeeds, wording: LocaleWording, file: (...parts: string[]) => string, shown: (file: string) => string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const missing = (f: string, where: string, what: string) => problems.push({ file: shown(f), path: where, message: `${what} has no ${locale} wording` });
  const declaredBy = new Map(seeds.trials.flatMap(({ record, dir }) => (record.facts ?? []).map((f) => [f.id, path.join(dir, `trial.${locale}.yaml`)] as const)));
  for (const fact of seeds.facts) {
    const factsFile = declaredBy.get(fact.id) ?? file('facts', `facts.${locale}.yaml`);
    const said = wording.facts.get(fact.id);
    if (!said) {
      missing(factsFile, `facts.${fact.id}`, `fact "${fact.id}"`);
      continue;
    }
    if (fact.type === 'number' && !said.unitLabel) missing(factsFile, `facts.${fact.id}.unitLabel`, `the unit of "${fact.id}"`);
    if (fact.type === 'medication' && !said.doseUnitLabel) missing(factsFile, `facts.${fact.id}.doseUnitLabel`, `the dose unit of "${fact.id}"`);
    if ((fact.type === 'set' || (fact.type === 'date' && fact.noneLabel)) && !said.noneLabel) missing(factsFile, `facts.${fact.id}.noneLabel`, `the "none" of "${fact.id}"`);
    if ((fact.type === 'choice' || fact.type === 'set') && fact.choices !== 'conditions') {
      for (const choice of fact.choices) if (!said.choices?.[choice.code]) missing(factsFile, `facts.${fact.id}.choices.${choice.code}`, `choice "${choice.code}" of "${fact.id}"`);
    }
  }
  const drugsFile = file('facts', `drugs.${locale}.yaml`);
  for (const drug of seeds.drugs) if (!wording.drugs.has(drug.code)) missing(drugsFile, `drugs.${drug.code}`, `drug "${drug.code}"`);
  const conditionsFile = file('facts', `conditions.${locale}.yaml`);
  for (const condition of seeds.conditions) if (!wording.conditions.has(condition.code)) missing(conditionsFile, `conditions.${condition.code}`, `condition "${condition.code}"`);
  const testsFile = file('facts', `tests.${locale}.yaml`);
  for (const test of seeds.labTests) if (!wording.tests.has(test.code)) missing(testsFile, `tests.${test.code}`, `test "${test.code}"`);
  for (const { record, dir } of seeds.trials) {
    const trialFile = path.join(dir, `trial.${locale}.yaml`);
    const said = wording.trials.get(record.id);
    if (!said) continue;
    if (record.titles.official && !said.titles.official) missing(trialFile, 'titles.official', 'the official title');
    for (const criterion of record.criteria) {
      const c = said.criteria[criterion.id];
      if (!c) missing(trialFile, `criteria.${criterion.id}`, `criterion ${criterion.id}`);
      else {
        if (criterion.interpretation && !c.interpretation) missing(trialFile, `criteria.${criterion.id}.interpretation`, `the interpretation of ${criterion.id}`);
        if (criterion.confirmOnly && !c.confirmOnly) missing(trialFile, `criteria.${criterion.id}.confirmOnly`, `what to confirm of ${criterion.id}`);
      }
    }
    if (said.notes.length !== record.notes.length) missing(trialFile, 'notes', `${record.notes.length} notes (${said.notes.length} given)`);
  }
  return problems;
}

/**
 * The English seeds with every language's names added, so that one reader reads a note or an answer in any of them
 * ("plt 45", "血小板4.5万", "强的松10mg qd"): fact names, option and drug synonyms, class names, test names, unit
 * spellings and the assertion rules of each language, side by side. What the assistant says stays per language.
 */
export function withNamesOf(seeds: EnglishSeeds, wordings: readonly ReadingOf[]): EnglishSeeds {
  const factWordings = (id: string) => wordings.flatMap((w) => w.wording.facts.get(id) ?? []);
  const named = <T extends { code: string; label?: string; synonyms: string[] }>(item: T, from: (w: LocaleWording) => { label: string; synonyms: string[] } | undefined): T => ({
    ...item,
    synonyms: [...item.synonyms, ...wordings.flatMap((w) => {
      const said = from(w.wording);
      return said ? [said.label, ...said.synonyms] : [];
    })],
  });
  return {
    ...seeds,
    facts: seeds.facts.map((fact) => withFactNames(fact, factWordings(fact.id))),
    drugs: seeds.drugs.map((drug) => named(drug, (w) => w.drugs.get(drug.code))),
    drugClasses: seeds.drugClasses.map((c) => ({ ...c, names: [...c.names, ...wordings.flatMap((w) => w.wording.drugClasses.get(c.code)?.names ?? [])] })),
    conditions: seeds.conditions.map((condition) => named(condition, (w) => w.conditions.get(condition.code))),
    labTests: seeds.labTests.map((test) => ({ ...test, names: [...test.names, ...wordings.flatMap((w) => { const t = w.wording.tests.get(test.code); return t ? [t.label, ...t.names] : []; })] })),
    assertion: wordings.reduce((rules, w) => (w.assertion ? mergedRules(rules, w.assertion) : rules), seeds.assertion),
    words: wordings.reduce((words, w) => (w.words ? mergedWords(words, w.words) : words), seeds.words),
  };
}

function withFactNames(fact: FactDefinition, said: readonly FactWording[]): FactDefinition {
  if (said.length === 0) return fact;
  // A fact without names is read from its options alone ("woman", "SLE"): giving it one would make its options need
  // a name beside them, so its other languages' labels are not names either.
  const names: FactName[] = [...fact.names, ...said.flatMap((w) => [...(fact.names.length > 0 ? [w.label] : []), ...w.names])];
  const withUnits = fact.type === 'number' ? { accepts: mergedUnits(fact.accepts, said.flatMap((w) => w.accepts)), refuses: [...fact.refuses, ...said.flatMap((w) => w.refuses)] } : {};
  const withChoices =
    (fact.type === 'choice' || fact.type === 'set') && fact.choices !== 'conditions'
      ? { choices: fact.choices.map((c) => ({ ...c, synonyms: [...c.synonyms, ...said.flatMap((w) => { const ch = w.choices?.[c.code]; return ch ? [ch.label, ...ch.synonyms] : []; })] })) }
      : {};
  const withNoneWords = fact.type === 'set' ? { noneWords: [...fact.noneWords, ...said.flatMap((w) => w.noneWords)] } : {};
  return { ...fact, names, ...withUnits, ...withChoices, ...withNoneWords } as FactDefinition;
}

/** A unit's spellings in every language under its UCUM code; a unit only another language names is added. */
function mergedUnits(english: readonly AcceptedUnit[], others: readonly AcceptedUnit[]): AcceptedUnit[] {
  const merged = english.map((u) => ({ ...u, aliases: [...u.aliases] }));
  for (const other of others) {
    const same = merged.find((u) => u.ucum === other.ucum);
    if (same) same.aliases.push(...other.aliases.filter((a) => !same.aliases.includes(a)));
    // A unit only another language writes (万, ten thousand per µL) is read where written, never assumed.
    else merged.push({ ...other, onlyWhenWritten: true });
  }
  return merged;
}

/** Each list of words with the other language's beside it. */
function mergedWords(a: ReadingWords, b: ReadingWords): ReadingWords {
  const { notDone, ...lists } = a;
  return { ...joined(lists, b), notDone: joined(notDone, b.notDone) };
}

/** Every list of `a` with the same list of `b` after it. */
function joined<T extends Record<string, string[]>>(a: T, b: T): T {
  return Object.fromEntries(Object.entries(a).map(([key, phrases]) => [key, [...phrases, ...(b[key] ?? [])]])) as T;
}

function mergedRules(a: AssertionRules, b: AssertionRules): AssertionRules {
  const lists = <K extends string>(x: Partial<Record<K, string[]>>, y: Partial<Record<K, string[]>>) => {
    const out: Partial<Record<K, string[]>> = { ...x };
    for (const [key, phrases] of Object.entries(y) as [K, string[]][]) out[key] = [...(out[key] ?? []), ...phrases];
    return out;
  };
  return {
    before: lists(a.before, b.before),
    after: lists(a.after, b.after),
    doubt: [...a.doubt, ...b.doubt],
    others: [...a.others, ...b.others],
    pseudo: [...a.pseudo, ...b.pseudo],
    terminators: [...a.terminators, ...b.terminators],
    corrections: [...a.corrections, ...b.corrections],
    sections: lists(a.sections, b.sections),
    results: { positive: [...a.results.positive, ...b.results.positive], negative: [...a.results.negative, ...b.results.negative] },
  };
}
