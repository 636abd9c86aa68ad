import { labelValueEnd, textOf, withoutMentions, type Mention, type Sentence } from './mentions';

/**
 * How a sentence states what a mention names: `absent-now` is "not on steroids" (now only, not the last
 * 12 months); `uncertain` is "?ILD", "possible", "not done", an exception ("no bleeding apart from…");
 * `someone-else` is family history, which says nothing about the patient.
 */
export type Polarity = 'present' | 'absent' | 'absent-now' | 'uncertain' | 'someone-else';

const NOW_ONLY = /\b(?:not\s+(?:currently\s+|yet\s+)?(?:on|taking|receiving|treated\s+with)|currently\s+not\s+on|no\s+longer\s+on|off)\b/gi;
const NEGATION = /\b(?:no|not|never|nil|without|denies|denied|deny|negative\s+for|neg\s+for|free\s+of|absence\s+of|non|excluded|ruled\s+out)\b/gi;
/** Doubt, or what is only planned ("awaiting splenectomy", "Plan: splenectomy"): neither says it happened. */
const UNCERTAIN_BEFORE =
  /\?|\b(?:possible|possibly|probable|probably|suspected|suspect|suspicion|query|r\/o|rule\s+out|to\s+exclude|likely|unlikely|cannot\s+exclude|can't\s+exclude|borderline|equivocal|risk\s+of|features\s+of|overlap|if|whether|planned|planning\s+to|plan|consider|considered\s+for|considering|awaiting|scheduled\s+for|booked\s+for|listed\s+for|candidate\s+for|due\s+for)\b/i;
const UNCERTAIN_AFTER = /^[\s:=–—-]*(?:\?|not\s+done|not\s+known|unknown|pending|awaited|equivocal|borderline|indeterminate|not\s+checked|not\s+tested|suspected|possible|query|screen|screening|work-?up|features|(?:(?:is|was|has\s+been|being)\s+)?(?:planned|scheduled|booked|proposed|considered|discussed|under\s+consideration))(?![\p{L}])/iu;
/** "ILD not excluded", "ILD cannot be ruled out": not denied, only not yet shown absent. */
const NOT_EXCLUDED = /^(?:not|cannot|can't|can\s+not|could\s+not|couldn't)(?:\s+(?:be|been|yet))*\s+(?:excluded|ruled\s+out)(?![\p{L}])/iu;
/** "No bleeding apart from petechiae": a denial with an exception denies only part. */
const EXCEPTION_AFTER = /^[\s,]*(?:apart\s+from|except|other\s+than|but|save\s+for)(?![\p{L}])/iu;
const SOMEONE_ELSE = /\b(?:family\s+history|FHx|FH|mother|father|sister|brother|son|daughter|aunt|uncle|grandmother|grandfather|maternal|paternal|sibling|relative)s?\b/i;
/** A negation does not reach past these ("no ILD but …", "not X, however Y"). */
const SCOPE_BREAK = /\b(?:but|however|although|though|except|apart\s+from|other\s+than|besides|yet|whereas|despite)\b/i;
/** Said after the name: "HBV neg", "NPSLE: none", "aCL+", "ILD - no", "rituximab never given", "ILD excluded". */
const ABSENT_AFTER =
  /^(?:neg(?:ative)?|-ve|−ve|absent|none|nil|no|never|excluded|ruled\s+out|not\s+(?:present|seen|detected|found|identified|given|used|taken|received|started|tried|prescribed))(?![\p{L}])/iu;
const PRESENT_AFTER = /^(?:pos(?:itive)?|\+ve|\+|present|detected|confirmed|yes)(?![\p{L}])/iu;
/** Words a list of names may carry without changing what its negation says: "no history of DVT, PE or stroke". */
const LIST_WORDS = new Set(['and', 'or', 'nor', 'any', 'history', 'hx', 'of', 'prior', 'previous', 'a', 'an', 'the', 'known']);
/** How many other words may stand between a name and what is said after it ("HCV Ab neg"). */
const MAX_WORDS_BEFORE_CUE = 2;

// A list carries its negation from mention to mention, so each mention's polarity is worked out once.
const known = new WeakMap<Sentence, Polarity[]>();

export function polarityOf(sentence: Sentence, i: number): Polarity {
  let polarities = known.get(sentence);
  if (!polarities) known.set(sentence, (polarities = []));
  return (polarities[i] ??= statedPolarity(sentence, i));
}

function statedPolarity(sentence: Sentence, i: number): Polarity {
  const mention = sentence.mentions[i]!;
  const before = sentence.text.slice(mention.piece.index, mention.index);
  if (SOMEONE_ELSE.test(before)) return 'someone-else';
  const after = textAfter(sentence, i);
  if (UNCERTAIN_BEFORE.test(before) || UNCERTAIN_AFTER.test(after.raw)) return 'uncertain';
  const stated = statedAfter(after.words) ?? statedBefore(before) ?? inheritedFromList(sentence, i) ?? 'present';
  return stated === 'absent' && EXCEPTION_AFTER.test(after.raw) ? 'uncertain' : stated;
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

function statedAfter(words: string): Polarity | undefined {
  const parts = words.split(/\s+/);
  for (let skip = 0; skip <= MAX_WORDS_BEFORE_CUE && skip < parts.length; skip++) {
    const rest = parts.slice(skip).join(' ');
    if (NOT_EXCLUDED.test(rest)) return 'uncertain';
    if (PRESENT_AFTER.test(rest)) return 'present';
    if (ABSENT_AFTER.test(rest)) return 'absent';
  }
  return undefined;
}

/** The last negation before the mention in its stretch, unless a "but" stands between. */
function statedBefore(before: string): Polarity | undefined {
  const last = (pattern: RegExp) => [...before.matchAll(pattern)].at(-1);
  const now = last(NOW_ONLY);
  const negation = last(NEGATION);
  const cue = now && (!negation || now.index >= negation.index) ? { match: now, polarity: 'absent-now' as const } : negation && { match: negation, polarity: 'absent' as const };
  if (!cue || SCOPE_BREAK.test(before.slice(cue.match.index + cue.match[0].length))) return undefined;
  return cue.polarity;
}

/** "No ILD, malignancy or thrombosis": a stretch that only lists names carries on the negation before it. */
function inheritedFromList(sentence: Sentence, i: number): Polarity | undefined {
  const mention = sentence.mentions[i]!;
  const previous = sentence.mentions.findLast((m, j) => j < i && m.piece.index < mention.piece.index);
  if (!previous || !onlyListWords(sentence, mention)) return undefined;
  const stated = polarityOf(sentence, sentence.mentions.indexOf(previous));
  return stated === 'absent' || stated === 'absent-now' ? stated : undefined;
}

function onlyListWords(sentence: Sentence, mention: Mention): boolean {
  const text = withoutMentions(sentence, mention.piece);
  if (/\d/.test(text)) return false;
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((w) => LIST_WORDS.has(w));
}
