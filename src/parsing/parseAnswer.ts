import { AssertionMatcher } from '../assertion/assertionMatcher';
import type { FactDefinition } from '../domain/factDefinition';
import type { ReadingWords } from '../domain/readingWords';
import { halfWidth } from '../text/halfWidth';
import { normalizeName, WORD } from '../text/normalize';
import { parseBoolean } from './boolean';
import { parseChoice } from './choice';
import { parseDate } from './date';
import { parseMedication } from './medication';
import { parseNumber } from './number';
import { ambiguous, invalid, type ParseContext, type ParseOutcome } from './outcome';
import { parseSet } from './set';
import { goesOn, isNoneAnswer, isUnknownAnswer, negatedRemainder, readYesNo } from './wholeAnswers';

export type { ParseContext, ParseOutcome } from './outcome';

/** Longer answers are pasted notes, not answers; refusing them also bounds the fuzzy matching work. */
/** Longer than any answer to one question: refused before it is read, whatever path it comes by. */
export const MAX_ANSWER_LENGTH = 500;

/** A question mark ending an answer ("45?") is doubt, not punctuation. */
const DOUBT = /\s*\?+\s*$/;
/** A question mark with words after it: doubt too when they only say it is not known ("steroid allergy? unsure", "激素过敏？不详"). */
const QUESTION_THEN = /\s*\?+\s*([^?]*)$/;

/** Where a yes or no ends and a comment on it begins: "yes, on CT", "yes — UTI on nitrofurantoin", "no (never)". */
const COMMENT = /\s*(?:[,;:(]|\s[–—-]\s|[–—]|\.\s)/;

/**
 * Fact types whose reader reads the fact's names and corrections itself ("ALT 56" is asked for its ULN, never read
 * as 56 × ULN once "ALT" is taken off; "plt 54 — no wait, 45").
 */
const READS_ITS_OWN_NAME: ReadonlySet<FactDefinition['type']> = new Set(['number', 'medication']);

/** What may stand between a fact's name and the answer after it: "Infection: nope", "Splenectomy — yes". */
const NAME_SEPARATOR = /^\s*(?:[:=：]|[–—-]|\bis\b|\bwas\b)?\s*/i;

/**
 * Turns what the clinician typed to one question into a value of the fact, or says precisely why it cannot. The
 * typed answer is read as a note's words about the fact are (the same assertion rules): an answer taken back is
 * read as given last ("45 — sorry, 54"); doubt ("I think", "not sure", "45?") is confirmed first, or unknown when
 * nothing else is said; the fact's own name before the answer ("Infection: nope") and a comment after a yes or
 * no ("yes, on CT") are words about the answer, not the answer.
 */
export function parseAnswer(text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  // Read at half width ("１２" is 12), recorded as typed.
  const typed = text.trim();
  const read = readAnswer(halfWidth(typed), fact, context);
  return read.kind === 'value' ? withEntered(read, typed) : read;
}

function readAnswer(entered: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  if (entered === '') return invalid({ code: 'empty' });
  if (entered.length > MAX_ANSWER_LENGTH) return invalid({ code: 'too-long', max: MAX_ANSWER_LENGTH });
  if (isUnknownAnswer(entered, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  // "dunno, before she came to us": not known, with a comment that gives no figure.
  const [head = ''] = entered.split(COMMENT);
  if (head !== entered && !/\d/.test(entered) && isUnknownAnswer(head, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  const matcher = AssertionMatcher.of(context.vocabulary.assertion);
  // Numbers and medicines read an answer taken back themselves ("54 — no wait, 45, misread the sheet"; a dose
  // taken back keeps the medicine's name before it).
  const given = READS_ITS_OWN_NAME.has(fact.type) ? entered : matcher.lastGiven(entered).trim();
  const doubted = doubtful(given, matcher, context.vocabulary.words);
  if (doubted !== undefined) return confirmFirst(doubted, entered, fact, context);
  return parseAs(given, entered, fact, context);
}

interface Doubted {
  /** The answer without the words that doubt it. */
  rest: string;
  /** Doubted in words ("I think", "not sure", "I'd have to check"), not only by a closing "?". */
  inWords: boolean;
}

/** The answer without the words that doubt it ("I think", "not sure", a closing "?"), when it is doubted. */
function doubtful(given: string, matcher: AssertionMatcher, words: ReadingWords): Doubted | undefined {
  const then = QUESTION_THEN.exec(given);
  const text = then && then[1] !== '' && isUnknownAnswer(then[1]!, words) ? given.slice(0, then.index + then[0].length - then[1]!.length) : given;
  const doubts = matcher.doubtIn(text);
  if (doubts.length === 0 && !DOUBT.test(text)) return undefined;
  const rest = doubts.reduceRight((t, d) => t.slice(0, d.index) + t.slice(d.end), text).replace(DOUBT, '');
  return { rest: rest.replace(/^[\s,;.:–—-]+|[\s,;.:–—-]+$/g, '').replace(/\b(?:but|and|so)$/i, '').trim(), inWords: doubts.length > 0 };
}

/**
 * A doubted answer: what it says besides the doubt is confirmed before it is recorded; a doubted yes, no or none
 * is unknown, and so is a medicine history doubted in words (whether, when and how much are then all in doubt,
 * with no one reading to confirm: "a short course of pred in the spring but not sure").
 */
function confirmFirst({ rest, inWords }: Doubted, entered: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const { words } = context.vocabulary;
  if (rest === '' || (inWords && fact.type === 'medication') || readYesNo(rest, words) !== undefined || isNoneAnswer(rest, words) || isUnknownAnswer(rest, words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  const reading = parseAs(rest, entered, fact, context);
  if (reading.kind !== 'value' && reading.kind !== 'follow-up') return reading;
  const pending = reading.kind === 'value' ? reading.value : reading.pending;
  return { kind: 'follow-up', pending, reading: reading.reading, followUp: { kind: 'confirm' } };
}

function parseAs(text: string, entered: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const whole = parseByType(text, entered, fact, context);
  if (whole.kind !== 'invalid') return whole;
  // The fact's own name typed first ("Infection: nope") is read past only when the whole answer cannot be read:
  // an option may begin with it ("Stage A").
  const bare = withoutOwnName(text, fact);
  // "dsDNA: not done", "dsDNA没查": unknown, as the answer alone is.
  if (bare !== text && isUnknownAnswer(bare, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  const answer = READS_ITS_OWN_NAME.has(fact.type) ? text : bare;
  return answer === text ? whole : parseByType(answer, entered, fact, context);
}

function parseByType(answer: string, entered: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const { words } = context.vocabulary;
  const denied = negatedRemainder(answer, words);
  // "no DVT" to "the last thrombosis", "no statin" to "lipid-lowering therapy": only one kind is denied (a
  // medication answer reads its medicines itself: "no prednisone" asks whether none at all).
  if (denied !== undefined && fact.type !== 'medication' && namesOnlyAPart(denied, fact)) return ambiguous({ code: 'part-only', entered, fact: fact.id });
  switch (fact.type) {
    case 'boolean': {
      const direct = parseBoolean(answer, fact, words);
      if (direct.kind === 'value') return withEntered(direct, entered);
      const matcher = AssertionMatcher.of(context.vocabulary.assertion);
      const [head = ''] = answer.split(COMMENT);
      const said = readYesNo(head, words);
      const comment = answer.slice(head.length);
      // A yes with a comment ("yes, on CT") is a yes unless the comment says more ("yes, pending biopsy"); a no that
      // goes on to say more ("no, but once in 2019") is asked.
      const plain = (said === true && plainComment(comment, fact, matcher, words)) || (said === false && !/\d/.test(answer) && !goesOn(comment, words));
      if (head !== answer && plain) return withEntered(parseBoolean(head, fact, words), entered);
      // "yes 2019 for refractory ITP": a yes as the first word, the rest a comment that says no more than it.
      const [, first = '', rest = ''] = /^(\S+)\s+(.*)$/s.exec(answer) ?? [];
      const affirmed = readYesNo(first, words) === true && plainComment(rest, fact, matcher, words);
      return affirmed ? withEntered(parseBoolean(first, fact, words), entered) : direct;
    }
    case 'choice':
      return parseChoice(answer, fact, context);
    case 'set':
      return parseSet(answer, fact, context);
    case 'number':
      return parseNumber(answer, fact, context);
    case 'date':
      // "no clots ever", "never had an operation": the date reader reads a denial of the event as never.
      return parseDate(answer, fact, context);
    case 'medication':
      return parseMedication(answer, fact, context);
  }
}

/**
 * Whether a comment on a yes adds no assertion of its own: no denial, doubt, plan or family cue, before a name
 * ("possibly", "to start") or after one ("pending", "booked", "待确认"), nor anything that takes the yes further
 * ("but"); for a question about now, no cue of the past either ("yes in the past"; "是，…锥切后治愈" answers a
 * question about history).
 */
function plainComment(comment: string, fact: FactDefinition, matcher: AssertionMatcher, words: ReadingWords): boolean {
  const says = (status: string) => status !== 'affirmed' && (status !== 'historical' || fact.timeframe === 'now');
  if (matcher.triggersIn(comment).some((t) => says(t.status)) || goesOn(comment, words)) return false;
  // A cue said after a name may start at any word (any character of Chinese).
  for (let i = 0; i < comment.length; i++) {
    const wordStart = i === 0 || !/[\p{L}\p{N}]/u.test(comment[i - 1]!) || /\p{Script=Han}/u.test(comment[i]!);
    if (!wordStart) continue;
    const stated = matcher.statedAt(comment.slice(i));
    if (stated !== undefined && says(stated)) return false;
  }
  return true;
}

/** Whether words name a kind of the fact (its `part` names: "DVT" of a thrombosis) and not the fact as a whole. */
function namesOnlyAPart(words: string, fact: FactDefinition): boolean {
  const key = ` ${normalizeName(words)} `;
  const has = (name: string) => key.includes(` ${normalizeName(name)} `);
  const parts = fact.names.flatMap((n) => (typeof n === 'object' && 'part' in n ? [n.part] : []));
  const wholes = [fact.label, ...fact.names.filter((n): n is string => typeof n === 'string')];
  return parts.some(has) && !wholes.some(has);
}

/** A reading as recorded: with the words as typed. */
function withEntered(outcome: ParseOutcome, entered: string): ParseOutcome {
  return outcome.kind === 'value' ? { ...outcome, value: { ...outcome.value, entered } } : outcome;
}

/**
 * The answer after the fact's own name when the clinician typed that first ("Infection: nope", "Splenectomy — yes,
 * 2015"); the answer itself otherwise.
 */
function withoutOwnName(text: string, fact: FactDefinition): string {
  const key = normalizeName(text);
  const names = [fact.label, ...fact.names.filter((n): n is string => typeof n === 'string')].map(normalizeName).sort((a, b) => b.length - a.length);
  const named = names.find((name) => name !== '' && (key === name || key.startsWith(`${name} `)));
  if (!named) return text;
  const words = named.split(' ').length;
  const spans = [...text.matchAll(WORD)];
  const end = spans[words - 1];
  if (!end) return text;
  const rest = text.slice(end.index + end[0].length).replace(NAME_SEPARATOR, '');
  return rest.trim() === '' ? text : rest;
}
