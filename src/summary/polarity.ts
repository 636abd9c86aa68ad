import { AssertionMatcher, type StatedAfter } from '../assertion/assertionMatcher';
import type { AssertionRules, AssertionStatus } from '../domain/assertionRules';
import { labelValueEnd, textOf, withoutMentions, type Mention, type Sentence } from './mentions';

/**
 * How a sentence states what a mention names (its assertion status, after ConText): `present` (affirmed);
 * `absent`; `absent-now` ("not on steroids": now only, not the last 12 months); `uncertain` ("?ILD", "possible",
 * "not done", an exception: "no bleeding apart from…"); `planned` ("plan: start MMF"); `historical` ("history of",
 * "previous"); `allergy` (an allergy or intolerance to it); `someone-else` (family history: says nothing of the
 * patient); `absent-others` (a denial of others than one named elsewhere, "no other cancer", "no further
 * operations": it settles only part of the fact, so alone it is asked); `not-about-it` (a name that only qualifies
 * the mention before it, "no malignancy on CT"). The trigger words and their scope are data
 * (seeds/reading/assertion.<language>.yaml).
 */
export type Polarity = 'present' | 'absent' | 'absent-now' | 'absent-others' | 'uncertain' | 'planned' | 'historical' | 'allergy' | 'someone-else' | 'not-about-it';

/**
 * Whether a mention states the fact for this patient: affirmed, or said of the past for a fact that is not about
 * the present ("history of splenectomy" is a splenectomy; "old TB" is no active infection, and is asked).
 */
export function states(polarity: Polarity, fact: { timeframe?: 'now' }): boolean {
  return polarity === 'present' || (polarity === 'historical' && fact.timeframe !== 'now');
}

/** A mention that leaves the fact in doubt, to be asked: doubted, planned, or past for a fact about the present. */
export function doubts(polarity: Polarity, fact: { timeframe?: 'now' }): boolean {
  return polarity === 'uncertain' || polarity === 'planned' || (polarity === 'historical' && fact.timeframe === 'now');
}

const FROM_STATUS: Record<AssertionStatus | 'affirmed', Polarity> = {
  affirmed: 'present',
  negated: 'absent',
  'negated-now': 'absent-now',
  uncertain: 'uncertain',
  planned: 'planned',
  historical: 'historical',
  allergy: 'allergy',
  family: 'someone-else',
};

/** "ILD not excluded", "ILD cannot be ruled out": not denied, only not yet shown absent. */
const NOT_EXCLUDED = /^(?:not|cannot|can't|can\s+not|could\s+not|couldn't)(?:\s+(?:be|been|yet))*\s+(?:excluded|ruled\s+out)(?![\p{L}])/iu;
/** "No bleeding apart from petechiae": a denial with an exception denies only part. */
const EXCEPTION_AFTER = /^[\s,]*(?:apart\s+from|except|other\s+than|but|save\s+for)(?![\p{L}])/iu;
/** An exception anywhere after a denial said after the name ("Surgery: none apart from …"). */
const EXCEPTION_WITHIN = /(?<![\p{L}])(?:apart\s+from|except|other\s+than|save\s+for)(?![\p{L}])/iu;
/** Words a list of names may carry without changing what its negation says: "no history of DVT, PE or stroke". */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'any', 'history', 'hx', 'of', 'prior', 'previous', 'a', 'an', 'the', 'known']);
/** How many other words may stand between a name and what is said after it ("HCV Ab neg"). */
const MAX_WORDS_BEFORE_CUE = 2;
/** Statuses a trigger before a name gives, in the order they win: doubt over a plan over a denial. */
const BEFORE_ORDER: readonly AssertionStatus[] = ['family', 'uncertain', 'planned', 'allergy'];

// A list carries its negation from mention to mention, so each mention's polarity is worked out once.
const known = new WeakMap<Sentence, Polarity[]>();

export function polarityOf(sentence: Sentence, i: number, rules: AssertionRules): Polarity {
  let polarities = known.get(sentence);
  if (!polarities) known.set(sentence, (polarities = []));
  return (polarities[i] ??= statedPolarity(sentence, i, AssertionMatcher.of(rules)));
}

function statedPolarity(sentence: Sentence, i: number, matcher: AssertionMatcher): Polarity {
  const mention = sentence.mentions[i]!;
  const before = sentence.text.slice(mention.piece.index, mention.index);
  const after = textAfter(sentence, i);
  const afterStatus = statedAfter(after.words, matcher) ?? matcher.statedAt(after.raw.replace(/^[\s:=–—-]+/, ''));
  const inScope = (status: AssertionStatus) => triggerInScope(before, [status], matcher);
  for (const status of BEFORE_ORDER) {
    if (inScope(status) || afterStatus === status) return FROM_STATUS[status];
  }
  const stated =
    (afterStatus && FROM_STATUS[afterStatus]) ??
    statedBefore(sentence, i, before, matcher) ??
    inheritedFromList(sentence, i, matcher) ??
    listedBeforeDenial(sentence, i, matcher) ??
    pastInNextStretch(sentence, i, matcher) ??
    sectionPolarity(sentence) ??
    (inScope('historical') ? 'historical' : 'present');
  // "No bleeding apart from petechiae", "Surgery: none apart from a biopsy in 2021": a denial with an exception.
  const excepted = EXCEPTION_AFTER.test(after.raw) || (afterStatus === 'negated' && EXCEPTION_WITHIN.test(after.raw));
  return stated === 'absent' && excepted ? 'uncertain' : stated;
}

/** Whether a trigger of these statuses stands before the name with its scope reaching it (no terminator between). */
function triggerInScope(before: string, statuses: readonly AssertionStatus[], matcher: AssertionMatcher): boolean {
  const last = matcher.triggersIn(before, statuses).at(-1);
  return last !== undefined && !matcher.ends(before.slice(last.end));
}

/** A heading's status for its lines ("Allergies:", "Plan:"): what no trigger of the sentence said otherwise. */
function sectionPolarity(sentence: Sentence): Polarity | undefined {
  return sentence.section && FROM_STATUS[sentence.section];
}

/**
 * What follows the mention in its stretch, past other names and list punctuation ("HBV/HCV neg"); a name that
 * ends its stretch at a spaced dash takes the stretch after it, when that names nothing ("ILD - no").
 */
function textAfter(sentence: Sentence, i: number): { raw: string; words: string } {
  const mention = sentence.mentions[i]!;
  const after = { index: mention.end, end: labelValueEnd(sentence, mention) ?? mention.piece.end };
  return { raw: textOf(sentence, after), words: withoutMentions(sentence, after).replace(/^[\s/:=,&–—-]+|\b(?:and|or)\b/gi, ' ').trim() };
}

/** What is said right after the name, at most MAX_WORDS_BEFORE_CUE other words between ("HCV Ab neg"). */
function statedAfter(words: string, matcher: AssertionMatcher): StatedAfter | undefined {
  const parts = words.split(/\s+/);
  for (let skip = 0; skip <= MAX_WORDS_BEFORE_CUE && skip < parts.length; skip++) {
    const rest = parts.slice(skip).join(' ');
    if (NOT_EXCLUDED.test(rest)) return 'uncertain';
    const said = matcher.statedAt(rest);
    if (said) return said;
  }
  return undefined;
}

/**
 * The last denial before the mention in its stretch, unless its scope ends before the name ("no ILD but …"). A
 * denial of others ("no other cancer") denies only part of the fact; a name that only qualifies the one right
 * before it ("no malignancy on CT") says nothing of the fact.
 */
function statedBefore(sentence: Sentence, i: number, before: string, matcher: AssertionMatcher): Polarity | undefined {
  const last = matcher.triggersIn(before, ['negated', 'negated-now']).at(-1);
  if (!last || matcher.ends(before.slice(last.end))) return undefined;
  if (matcher.limitsToOthers(before.slice(last.end))) return 'absent-others';
  const mention = sentence.mentions[i]!;
  const previous = sentence.mentions[i - 1];
  if (previous && previous.end > mention.piece.index + last.end && sentence.text.slice(previous.end, mention.index).trim() === '') return 'not-about-it';
  return FROM_STATUS[last.status];
}

/**
 * "No ILD, malignancy or thrombosis": a stretch that only lists names carries on the negation before it — of the
 * name listed before, or of the stretch right before when that names nothing the catalog knows ("Denied
 * hepatitis, tuberculosis").
 */
function inheritedFromList(sentence: Sentence, i: number, matcher: AssertionMatcher): Polarity | undefined {
  const mention = sentence.mentions[i]!;
  if (!onlyListWords(sentence, mention)) return undefined;
  const previous = sentence.mentions.findLast((m, j) => j < i && m.piece.index < mention.piece.index);
  const stretchBefore = sentence.pieces.findLast((p) => p.end <= mention.piece.index);
  if (stretchBefore && (!previous || previous.piece.index < stretchBefore.index)) {
    const words = textOf(sentence, stretchBefore);
    const denial = matcher.triggersIn(words, ['negated']).at(-1);
    return denial && !matcher.ends(words.slice(denial.end)) ? 'absent' : undefined;
  }
  if (!previous) return undefined;
  const stated = known.get(sentence)?.[sentence.mentions.indexOf(previous)] ?? statedPolarity(sentence, sentence.mentions.indexOf(previous), matcher);
  return stated === 'absent' || stated === 'absent-now' ? stated : undefined;
}

/** The most words a stretch may hold to be only a word on the one before it (", treated", ", in remission"). */
const MAX_COMMENT_WORDS = 3;

/** "TB 2019, treated", "HBV 2015, resolved": a short stretch naming nothing that puts the one before in the past. */
function pastInNextStretch(sentence: Sentence, i: number, matcher: AssertionMatcher): Polarity | undefined {
  const mention = sentence.mentions[i]!;
  const next = sentence.pieces.find((p) => p.index >= mention.piece.end);
  if (!next || !/^\s*,\s*$/.test(sentence.text.slice(mention.piece.end, next.index))) return undefined;
  if (sentence.mentions.some((m) => m.index >= next.index && m.index < next.end)) return undefined;
  const words = textOf(sentence, next).replace(/[\s.;]+$/, '').trim();
  if (words.split(/\s+/).length > MAX_COMMENT_WORDS) return undefined;
  return statedAfter(words, matcher) === 'historical' ? 'historical' : undefined;
}

/** Between the names of a list: a comma, slash or ampersand, "and", "or". */
const LIST_SEPARATOR = /^(?:[\s,/&]|\band\b|\bor\b)*$/i;

/**
 * "HBV, HCV neg", "ILD, PAH: none", "DVT, PE, stroke - none": a name listed alone before names a denial or a doubt
 * is said after takes what is said of the list's last name. Only what is said after the names is carried back.
 */
function listedBeforeDenial(sentence: Sentence, i: number, matcher: AssertionMatcher): Polarity | undefined {
  // Each name of a long list looks along the rest of it: worked out once per name, so a list stays linear.
  let found = carriedBack.get(sentence);
  if (!found) carriedBack.set(sentence, (found = new Map()));
  if (!found.has(i)) found.set(i, carriedBackTo(sentence, i, matcher));
  return found.get(i);
}

const carriedBack = new WeakMap<Sentence, Map<number, Polarity | undefined>>();

function carriedBackTo(sentence: Sentence, i: number, matcher: AssertionMatcher): Polarity | undefined {
  const mention = sentence.mentions[i]!;
  if (!onlyListWords(sentence, mention)) return undefined;
  const piece = sentence.pieces.find((p) => p.index >= mention.piece.end);
  if (!piece || !LIST_SEPARATOR.test(sentence.text.slice(mention.piece.end, piece.index))) return undefined;
  const j = sentence.mentions.findIndex((m) => m.piece.index === piece.index);
  // The next name may be one the catalog does not know ("ILD, PAH: none"): what its stretch says after it.
  const words = j === -1 ? textOf(sentence, piece).replace(/^[\s/:=,&–—-]+/, '') : textAfter(sentence, j).words;
  const said = statedAfter(words, matcher);
  if (said === 'negated' || said === 'uncertain') return FROM_STATUS[said];
  return said === undefined && j !== -1 ? listedBeforeDenial(sentence, j, matcher) : undefined;
}

/** Per sentence, per stretch (by where it starts): whether it holds only names and list words. Worked out once each. */
const listStretches = new WeakMap<Sentence, Map<number, boolean>>();

function onlyListWords(sentence: Sentence, mention: Mention): boolean {
  let known = listStretches.get(sentence);
  if (!known) listStretches.set(sentence, (known = new Map()));
  let only = known.get(mention.piece.index);
  if (only === undefined) known.set(mention.piece.index, (only = listWordsOnly(withoutMentions(sentence, mention.piece))));
  return only;
}

function listWordsOnly(text: string): boolean {
  if (/\d/.test(text)) return false;
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((w) => LIST_WORDS.has(w));
}
