import type { Choice, FactDefinition } from '../domain/factDefinition';
import type { TrialRecord } from '../domain/trialRecord';
import type { Condition, Drug } from '../domain/vocabulary';
import type { FactWording, Locale, Named } from '../domain/wording';
import type { Vocabulary } from '../engine/compileContext';
import type { Catalog } from './loadCatalog';

/** A criterion as one language says it beside its source sentence (which stays the registry's, verbatim). */
export interface CriterionWords {
  /** A short label in the language; none in English, where the source sentence says it. */
  label?: string;
  interpretation?: string;
  confirmOnly?: string;
}

/** A trial as one language says it. */
export interface TrialWords {
  titles: TrialRecord['titles'];
  criterion(id: string): CriterionWords;
  notes: readonly string[];
}

/**
 * The catalog in one language: every fact with its label, question, hint, units and options worded so, every
 * drug and condition named so, and each trial's titles and criteria. What replies say of the catalog comes from
 * here: English from the seeds themselves, another language from the seeds' *.<locale>.yaml wording, which the
 * catalog check holds complete.
 */
export interface CatalogWords extends Pick<Vocabulary, 'facts' | 'drugs' | 'conditions'> {
  readonly locale: Locale;
  trial(id: string): TrialWords;
  /** A drug class named in the language: a fact's class, or one a rule selects. */
  drugClass(code: string): string;
}

const built = new WeakMap<Catalog, Map<Locale, CatalogWords>>();

/** The catalog in `locale`, built once per catalog and language. */
export function catalogWords(catalog: Catalog, locale: Locale): CatalogWords {
  let byLocale = built.get(catalog);
  if (!byLocale) built.set(catalog, (byLocale = new Map()));
  let words = byLocale.get(locale);
  if (!words) byLocale.set(locale, (words = wordsOf(catalog, locale)));
  return words;
}

function wordsOf(catalog: Catalog, locale: Locale): CatalogWords {
  const wording = catalog.wordings.get(locale);
  const records = new Map(catalog.trials.map((t) => [t.record.id, t.record]));
  const record = (id: string): TrialRecord => {
    const found = records.get(id);
    if (!found) throw new Error(`no trial "${id}" in the catalog`);
    return found;
  };
  if (!wording) {
    // The seeds' own language: every text as the seeds write it.
    return {
      locale,
      facts: catalog.facts,
      drugs: catalog.drugs,
      conditions: catalog.conditions,
      trial: (id) => {
        const { titles, criteria, notes } = record(id);
        return { titles, notes, criterion: (c) => criteria.find((k) => k.id === c) ?? {} };
      },
      drugClass: (code) => code.replaceAll('_', ' '),
    };
  }
  const conditions = catalog.conditions.map((c) => named(c, wording.conditions.get(c.code)));
  return {
    locale,
    facts: new Map([...catalog.facts].map(([id, fact]) => [id, wordedFact(fact, wording.facts.get(id))])),
    drugs: new Map([...catalog.drugs].map(([code, drug]) => [code, named(drug, wording.drugs.get(code)) as Drug])),
    conditions,
    trial: (id) => {
      const said = wording.trials.get(id);
      const { titles, notes } = record(id);
      return { titles: said?.titles ?? titles, notes: said?.notes ?? notes, criterion: (c) => said?.criteria[c] ?? {} };
    },
    drugClass: (code) => wording.drugClasses.get(code)?.names[0] ?? code.replaceAll('_', ' '),
  };
}

/** An option, drug or condition under the language's label (its code, classes and figures as they are). */
function named<T extends Choice | Condition | Drug>(item: T, said: Named | undefined): T {
  return said ? { ...item, label: said.label } : item;
}

/** A fact with its texts in the language: label, question, hint, unit labels, "none", options. */
function wordedFact(fact: FactDefinition, said: FactWording | undefined): FactDefinition {
  if (!said) return fact;
  const texts = { label: said.label, question: said.question, hint: said.hint };
  switch (fact.type) {
    case 'number':
      // The refusals' reasons in the language, when the wording gives them (its aliases are the English ones and more).
      return { ...fact, ...texts, unitLabel: said.unitLabel ?? fact.unitLabel, refuses: said.refuses.length > 0 ? said.refuses : fact.refuses };
    case 'medication':
      return { ...fact, ...texts, doseUnitLabel: said.doseUnitLabel ?? fact.doseUnitLabel };
    case 'set':
      return { ...fact, ...texts, noneLabel: said.noneLabel ?? fact.noneLabel, choices: wordedChoices(fact.choices, said) };
    case 'choice':
      return { ...fact, ...texts, choices: wordedChoices(fact.choices, said) };
    case 'date':
      return { ...fact, ...texts, ...(fact.noneLabel ? { noneLabel: said.noneLabel ?? fact.noneLabel } : {}) };
    case 'boolean':
      return { ...fact, ...texts };
  }
}

function wordedChoices<C extends Choice[] | 'conditions'>(choices: C, said: FactWording): C {
  return (choices === 'conditions' ? choices : choices.map((c) => named(c, said.choices?.[c.code]))) as C;
}
