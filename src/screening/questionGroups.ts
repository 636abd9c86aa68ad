import type { FactDefinition } from '../domain/factDefinition';
import { choicesOf, type Vocabulary } from '../engine/compileContext';
import type { Catalog } from '../catalog/loadCatalog';
import type { QuestionCandidate } from '../engine/nextQuestion';
import type { DetailKind } from '../domain/detail';

/**
 * Which card a fact is asked on: the intake facts together (diagnoses, age, sex), lab values and scores as a
 * panel, yes/no history items (with the other short answers: dates, short lists) as a checklist, medicines by
 * class; a long list of options outside the intake has a card of its own.
 */
export type GroupKind = 'intake' | 'values' | 'history' | 'medicines' | 'alone';

/** A card's kind: its facts' common kind, or `mixed` when the last few questions of several kinds share a card. */
export type CardKind = GroupKind | 'mixed';

export function cardKindOf(facts: readonly FactDefinition[], vocabulary: Vocabulary): CardKind {
  const kinds = new Set(facts.map((fact) => groupKindOf(fact, vocabulary)));
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

/**
 * What a card's questions are about, for its heading: yes/no items (a checklist), dates, other history (choices and
 * lists, or a mix of these), values, medicines, or the intake.
 */
export type CardTopic = 'intake' | 'values' | 'checklist' | 'dates' | 'history' | 'medicines';

const HISTORY_TOPICS: ReadonlySet<CardTopic> = new Set(['checklist', 'dates', 'history']);

/** The topics of a card's facts, each once, in the order their facts come; history of several kinds is history. */
export function cardTopics(facts: readonly FactDefinition[], vocabulary: Vocabulary): CardTopic[] {
  const topics = facts.map((fact): CardTopic => {
    const kind = groupKindOf(fact, vocabulary);
    if (kind !== 'history' && kind !== 'alone') return kind;
    return fact.type === 'boolean' ? 'checklist' : fact.type === 'date' ? 'dates' : 'history';
  });
  const mixedHistory = new Set(topics.filter((t) => HISTORY_TOPICS.has(t))).size > 1;
  return [...new Set(topics.map((t) => (mixedHistory && HISTORY_TOPICS.has(t) ? 'history' : t)))];
}

/** Options beyond this many make a card of their own. */
const MAX_OPTIONS_IN_GROUP = 8;

export function groupKindOf(fact: FactDefinition, vocabulary: Vocabulary): GroupKind {
  if (fact.priority !== undefined) return 'intake';
  if ((fact.type === 'choice' || fact.type === 'set') && choicesOf(vocabulary, fact).length > MAX_OPTIONS_IN_GROUP) return 'alone';
  switch (fact.type) {
    case 'number':
      return 'values';
    case 'medication':
      return 'medicines';
    case 'boolean':
    case 'date':
    case 'choice':
    case 'set':
      return 'history';
  }
}

/** The exclusion criteria of a catalog (`trialId/criterionId`). */
const exclusionsByCatalog = new WeakMap<Catalog, ReadonlySet<string>>();

function exclusionsOf(catalog: Catalog): ReadonlySet<string> {
  let exclusions = exclusionsByCatalog.get(catalog);
  if (!exclusions) {
    exclusions = new Set(catalog.trials.flatMap((t) => t.record.criteria.filter((c) => c.kind === 'exclusion').map((c) => `${t.record.id}/${c.id}`)));
    exclusionsByCatalog.set(catalog, exclusions);
  }
  return exclusions;
}

/**
 * The items to ask next on one card, at most `size`: the open intake facts first, then the details answers lack
 * (on a card of their own); otherwise, of the best-ranked
 * facts of each kind, the card most likely to decide studies: the most open studies with an exclusion one of its
 * facts settles alone, then with any criterion it settles alone, then the most such criteria, then the most open
 * studies it bears on (rank order breaks ties). A card with room left takes the next questions of the other kinds. Candidates come best first from
 * rankQuestions; only facts some open study still needs are among them.
 */
export function nextGroup(all: readonly QuestionCandidate[], catalog: Catalog, size: number): QuestionCandidate[] {
  const [first] = all;
  if (!first) return [];
  if (size <= 1) return [first];
  const details = all.filter((c) => c.detail).slice(0, size);
  const candidates = all.filter((c) => !c.detail);
  const kindOf = (c: QuestionCandidate) => groupKindOf(catalog.facts.get(c.fact)!, catalog);
  // Intake facts come first in the ranking, together.
  if (!first.detail && kindOf(first) === 'intake') return candidates.filter((c) => kindOf(c) === 'intake').slice(0, size);
  // Details of answers given are a card of their own, chosen as any card is: the one most likely to decide studies.
  const options: QuestionCandidate[][] = details.length > 0 ? [details] : [];
  for (const kind of GROUPED) {
    const group = candidates.filter((c) => kindOf(c) === kind).slice(0, size);
    if (group.length > 0) options.push(group);
  }
  for (const alone of candidates.filter((c) => kindOf(c) === 'alone')) options.push([alone]);
  // A criterion waiting for one fact alone is settled by its answer.
  const waitingFacts = new Map<string, number>();
  for (const c of all) for (const k of c.criteria) waitingFacts.set(k, (waitingFacts.get(k) ?? 0) + 1);
  const exclusions = exclusionsOf(catalog);
  const trialsOf = (keys: readonly string[]) => new Set(keys.map((k) => k.slice(0, k.indexOf('/')))).size;
  const score = (group: readonly QuestionCandidate[]) => {
    const settled = group.flatMap((c) => c.criteria.filter((k) => waitingFacts.get(k) === 1));
    // When a dose last changed, or the highest dose over a period, refines an answer already given and rarely rules a
    // study out by itself: a card that can settle an exclusion with a new fact comes first. A medicine's missing
    // dose, start or stop is asked as readily as a new fact.
    const excluding = group.every((c) => c.detail && REFINEMENTS.has(c.detail.kind)) ? [] : settled.filter((k) => exclusions.has(k));
    return [trialsOf(excluding), trialsOf(settled), settled.length, new Set(group.flatMap((c) => c.trials)).size, -all.indexOf(group[0]!)];
  };
  const best = options.map((group) => ({ group, score: score(group) })).sort((a, b) => highestFirst(a.score, b.score))[0]!.group;
  if (best[0]!.detail || (best.length === 1 && kindOf(best[0]!) === 'alone')) return best;
  // A card with room left takes the next questions of the other kinds: the last few share one card.
  const room = candidates.filter((c) => !best.includes(c) && GROUPED.has(kindOf(c))).slice(0, size - best.length);
  return [...best, ...room];
}

const GROUPED: ReadonlySet<GroupKind> = new Set(['values', 'history', 'medicines']);

/** Details that refine an answer rather than complete it. */
const REFINEMENTS: ReadonlySet<DetailKind> = new Set(['doseSince', 'highestDose', 'exactDate', 'exactValue']);

/** Orders scores (compared figure by figure) highest first. */
function highestFirst(a: readonly number[], b: readonly number[]): number {
  const i = a.findIndex((figure, k) => figure !== b[k]);
  return i === -1 ? 0 : b[i]! - a[i]!;
}
