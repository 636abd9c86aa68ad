import type { MedicationFact } from '../domain/factDefinition';
import type { ParseContext } from '../parsing/outcome';
import { isMonthName } from '../parsing/datePhrase';
import { readMedicationPhrase } from '../parsing/medicationPhrase';
import { parsedFinding, type Finding, type Settled, type UnclearReason } from './findings';
import { COURSE_LENGTH, medicineWords, saysNothing } from './medicineWords';
import type { Polarity } from './polarity';
import { spanning, type Span } from './span';

type Medicine = Extract<Finding, { kind: 'medicine' }>;

const DOUBTFUL: ReadonlySet<Polarity> = new Set(['uncertain', 'absent-now', 'planned', 'allergy']);
type ClassMention = Extract<Finding, { kind: 'class' }>;

/** Past-use words the medication parser does not know: with them a medicine read as taken now may not be ("failed MTX"). */
const PAST_HINTS = /\b(?:failed|fail(?:s|ure)?|intoleran(?:t|ce)|tried|trial|pulses?|courses?|taper(?:ing)?|weaned|then|that|before|after|induction)\b/i;

/**
 * One medication fact from everything the summary says about its class: each medicine's words parsed as an
 * answer to the fact's question, all of them in one value. A class denied as a whole ("no steroids",
 * "never treated with IVIG") is none; anything short of plain words is asked.
 */
export function readMedicationFact(
  fact: MedicationFact,
  findings: readonly (Medicine | ClassMention)[],
  text: string,
  context: ParseContext,
): Settled | undefined {
  const medicines = findings.filter((f): f is Medicine => f.kind === 'medicine');
  // "Not on steroids in the last year" is not now only: it reaches as far back as the question.
  const classes = findings
    .filter((f): f is ClassMention => f.kind === 'class')
    .map((c) => (c.polarity === 'absent-now' && reachesLookback(text.slice(c.source.index, c.source.end), fact) ? { ...c, polarity: 'absent' as const } : c));
  const unclear = (spans: readonly Span[], reason: UnclearReason): Settled => ({ kind: 'unclear', fact, source: spanning(spans), reason });
  const wordsOf = (f: Medicine | ClassMention) => (f.kind === 'medicine' ? f.segment : f.source);

  const taken = medicines.filter((m) => m.polarity === 'present');
  // Doubt, a plan, an allergy or "not on … now": whether and when it is taken is not said, so it is asked.
  const doubtful = [...medicines, ...classes].find((f) => DOUBTFUL.has(f.polarity));
  if (doubtful) return unclear([wordsOf(doubtful)], doubtful.polarity === 'absent-now' ? { code: 'now-only' } : doubtful.polarity === 'uncertain' || doubtful.kind === 'class' ? { code: 'doubt' } : { code: 'status', drug: doubtful.drug.label });
  const denied = classes.filter((c) => c.polarity === 'absent');
  const deniedAsWhole = [...denied.filter((c) => !c.part), ...medicines.filter((m) => m.polarity === 'absent' && onlyDrugOf(m, context))];
  const deniedInPart = denied.filter((c) => c.part);
  if (taken.length === 0) {
    if (deniedAsWhole.length > 0) return parsedFinding('none', fact, wordsOf(deniedAsWhole[0]!), context);
    if (deniedInPart.length > 0) return unclear(deniedInPart.map((c) => c.source), { code: 'partial' });
    const named = classes.filter((c) => c.polarity === 'present');
    return named.length > 0 ? unclear(named.map((c) => c.source), { code: 'which' }) : undefined;
  }
  if (deniedAsWhole.length > 0) return unclear([...taken, ...deniedAsWhole].map(wordsOf), { code: 'conflict' });

  const read = taken.map((medicine) => {
    const words = medicineWords(text, medicine.segment, medicine.name, medicine.before, context.today);
    return { medicine, words, phrase: readMedicationPhrase(words, context.today) };
  });
  // "LMWH enoxaparin 40 mg": a drug named twice in a row is one medicine, told by the words that say something.
  const kept = read.filter((r, k) => !saysNothing(r.phrase) || !read.some((o, j) => j !== k && o.medicine.drug === r.medicine.drug && (!saysNothing(o.phrase) || j < k)));
  for (const { medicine, words, phrase } of kept) {
    // A month the medication parser left unread is a date it did not understand.
    if (phrase.unread.some(isMonthName)) return unclear([medicine.segment], { code: 'unread-date', drug: medicine.drug.label });
    const said = text.slice(medicine.segment.index, medicine.segment.end);
    const plain = !phrase.notPlain && (phrase.past || (!PAST_HINTS.test(words) && !said.match(COURSE_LENGTH)));
    if (!plain) return unclear([medicine.segment], { code: 'status', drug: medicine.drug.label });
  }
  const answer = kept.map((r) => r.words.trim()).join('; ');
  return parsedFinding(answer, fact, spanning(taken.map((m) => m.segment)), context);
}

/** "in the last year", "over the past 12 months": the period a denial covers. */
const PERIOD = /\b(?:last|past)\s+(?:(\d+|twelve)\s+)?(years?|months?)\b/i;

/** Whether the period said covers the fact's lookback (a year for "in the last year" against P12M). */
function reachesLookback(words: string, fact: MedicationFact): boolean {
  const said = PERIOD.exec(words);
  const lookback = /^P(\d+)([YM])$/.exec(fact.lookback);
  if (!said || !lookback) return false;
  const count = said[1] === undefined ? 1 : said[1].toLowerCase() === 'twelve' ? 12 : Number(said[1]);
  const months = (n: number, unit: string) => (unit.toUpperCase().startsWith('Y') ? 12 * n : n);
  return months(count, said[2]!) >= months(Number(lookback[1]), lookback[2]!);
}

/** "Never treated with IVIG": denying the only medicine of the class denies the class. */
function onlyDrugOf(medicine: Medicine, context: ParseContext): boolean {
  return [...context.vocabulary.drugs.values()].every((d) => d.code === medicine.drug.code || !d.classes.some((c) => medicine.fact.classes.includes(c)));
}
