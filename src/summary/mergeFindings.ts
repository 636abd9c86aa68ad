import type { FactDefinition, SetFact } from '../domain/factDefinition';
import type { DayInterval, KnownFactValue } from '../domain/factValue';
import { choiceCodes, choiceLabel } from '../engine/compileContext';
import { highestOfParts } from '../parsing/highestOf';
import type { ParseContext } from '../parsing/outcome';
import { parsedFinding, type Finding, type Settled } from './findings';
import { spanning } from './span';
import { latestOf } from './readDate';
import { readMedicationFact } from './readMedications';

/**
 * Everything the summary said about one fact, as one value or one thing to ask: mentions that agree give the
 * value, mentions that disagree — or any doubt — make it a question. `explained` are options another fact
 * took ("secondary Sjögren's" is another diagnosis, so it does not compete with the main one).
 */
export function mergeFindings(fact: FactDefinition, findings: readonly Finding[], text: string, context: ParseContext, explained: ReadonlySet<string>): Settled | undefined {
  if (fact.type === 'medication') {
    const medication = findings.filter((f) => f.kind === 'medicine' || f.kind === 'class');
    return medication.length > 0 ? readMedicationFact(fact, medication, text, context) : undefined;
  }
  const settled = withComponents(findings.filter((f): f is Settled => f.kind === 'value' || f.kind === 'unclear'));
  const options = findings.filter((f) => f.kind === 'options');
  if (options.length > 0 && fact.type === 'set') settled.push(setValue(fact, options, context));
  const chosen = findings.filter((f) => f.kind === 'option');
  if (chosen.length > 0) settled.push(choiceFromOptions(fact, chosen, context, explained));

  const values = withHighestOf(fact, settled.filter((f): f is Value => f.kind === 'value'));
  // Denying one kind ("no splenectomy") leaves a value read elsewhere ("hip replacement 2024") standing; other doubt does not.
  const unclear = settled.find((f) => f.kind === 'unclear' && (f.reason.code !== 'partial' || values.length === 0));
  if (unclear) return unclear;
  const [first, ...others] = values;
  if (!first) return undefined;
  if (others.some((o) => !sameValue(o.value, first.value))) {
    return latestEvent(fact, values) ?? latestMeasure(fact, values) ?? { kind: 'unclear', fact, source: spanning(values.map((v) => v.source)), reason: { code: 'conflict' } };
  }
  return first;
}

type Value = Extract<Settled, { kind: 'value' }>;

/**
 * The measures a fact is the highest of, named with a value relative to their ULN: all of them when every mention
 * gives one; doubt when some do and others not ("TC 7.1 [<5.2] before the statin; now TC 5.0"); none when no
 * mention does ("LDL 2.1 mmol/L"), for a value in the lab's unit says nothing of its ULN.
 */
function withComponents(settled: readonly Settled[]): Settled[] {
  const components = settled.filter((f) => f.component !== undefined);
  const read = components.filter((f) => f.kind === 'value' && f.when !== 'earlier');
  const rest = settled.filter((f) => f.component === undefined);
  if (read.length === 0) return rest;
  if (read.length < components.length) return [...rest, { kind: 'unclear', fact: components[0]!.fact, source: spanning(components.map((c) => c.source)), reason: { code: 'doubt' } }];
  return [...rest, ...read];
}

/** "TC 5.8 (<5.2), LDL 3.1 (<3.4), TG 1.5 (<1.7)": the measures a fact is the highest of, as one value of the fact; none when some are not given. */
function withHighestOf(fact: FactDefinition, values: readonly Value[]): Value[] {
  const components = values.filter((v) => v.component !== undefined && v.value.kind === 'number');
  if (fact.type !== 'number' || components.length === 0) return [...values];
  const others = values.filter((v) => v.component === undefined);
  const highest = highestOfParts(fact, components.map((c) => ({ part: c.component!, value: (c.value as Extract<KnownFactValue, { kind: 'number' }>).value })));
  if (highest.kind === 'problem') return others;
  const source = spanning(components.map((c) => c.source));
  const entered = components.map((c) => c.value.entered).join(', ');
  return [...others, { kind: 'value', fact, value: { kind: 'number', value: highest.value, entered }, summary: highest.summary, source }];
}

/**
 * "Adm 10/13 for plt 19 … Plt 19 → 62 (10/18)": of a lab given more than once, the value said to be the one now, or
 * else the one measured last, once the values said to be earlier are set aside. Undefined when that leaves two.
 */
function latestMeasure(fact: FactDefinition, values: readonly Value[]): Settled | undefined {
  if (fact.type !== 'number') return undefined;
  const kept = values.filter((v) => v.when !== 'earlier');
  const now = kept.filter((v) => v.when === 'now');
  const candidates = now.length > 0 ? now : kept;
  const [first, ...others] = candidates;
  if (!first) return undefined;
  if (others.every((o) => sameValue(o.value, first.value))) return first;
  if (candidates.some((v) => !v.measured)) return undefined;
  const latest = latestOf(candidates.map((v) => v.measured!));
  return latest === undefined ? undefined : candidates[latest];
}

/** "DVT 04/2025, PE 3 weeks ago": of the dates of a recurring event (a fact of the latest), the one after all others. */
function latestEvent(fact: FactDefinition, values: readonly Value[]): Settled | undefined {
  if (fact.type !== 'date' || fact.dateOf !== 'latest') return undefined;
  const intervals = values.map((v) => (v.value.kind === 'date' ? v.value.value : undefined));
  if (intervals.some((d) => d === undefined)) return undefined;
  const latest = latestOf(intervals as DayInterval[]);
  return latest === undefined ? undefined : values[latest];
}

/** Options said present make the value; denied options settle it only when every option, or the fact itself, is denied. */
function setValue(fact: SetFact, findings: readonly Extract<Finding, { kind: 'options' }>[], context: ParseContext): Settled {
  const present = new Set(findings.flatMap((f) => f.present));
  const absent = new Set(findings.flatMap((f) => f.absent));
  const source = spanning(findings.map((f) => f.source));
  if ([...present].some((code) => absent.has(code))) return { kind: 'unclear', fact, source, reason: { code: 'conflict' } };
  const wholeDenied = findings.some((f) => f.whole) || choiceCodes(context.vocabulary, fact).every((c) => absent.has(c));
  if (present.size === 0 && !wholeDenied) return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
  const answer = present.size === 0 ? fact.noneLabel : [...present].map((c) => choiceLabel(context.vocabulary, fact, c)).join(', ');
  return parsedFinding(answer, fact, source, context);
}

/** A choice named by its options ("woman", "SLE"): the first one said, unless another — not taken by another fact — disagrees. */
function choiceFromOptions(fact: FactDefinition, findings: readonly Extract<Finding, { kind: 'option' }>[], context: ParseContext, explained: ReadonlySet<string>): Settled {
  const [first] = findings;
  const rivals = findings.filter((f) => f.code !== first!.code && !explained.has(f.code));
  if (rivals.length > 0) return { kind: 'unclear', fact, source: spanning(findings.map((f) => f.source)), reason: { code: 'conflict' } };
  return parsedFinding(choiceLabel(context.vocabulary, fact, first!.code), fact, first!.source, context);
}

/** The same recorded value, whatever words it was read from. */
function sameValue(a: KnownFactValue, b: KnownFactValue): boolean {
  const { entered: _a, ...left } = a;
  const { entered: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}
