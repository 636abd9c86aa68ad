import type { DateFact } from '../domain/factDefinition';
import { findDates } from '../parsing/datePhrase';
import type { ParseContext } from '../parsing/outcome';
import { parsedFinding, type Finding } from './findings';
import { nearText, statementSpan, textOf, withoutMentions, type Mention, type Sentence } from './mentions';
import type { Span } from './span';
import type { Stated } from './readStated';
import { doubts, states } from './polarity';

/** Words "now" and the like that chrono reads as today's date: in a history they say when something is, not when it began. */
const NOT_A_DATE = /^\s*(?:now|currently|today|at present|present)\s*$/i;
/** The date of a diagnosis named by its words comes right after them: "SLE 2010", "pSS (2015)", "SLE since 2/2022", "SLE (dx 05/2019)", "RPF (Ormond's disease) diagnosed on CT in 2020" from within its bracket. */
const RIGHT_AFTER = /^[\s(),:–—-]*(?:\([^()\d]*\)\s*)?(?:(?:since|from|in|dx|diagnosed(?:\s+in)?|diagnosis)\s*:?\s*)?$/i;

/**
 * An event with its date ("PE 05/2024", "DVT 6 months ago"), "never" when denied and the fact allows it.
 * `byWordsOf`: the name is another fact's words ("SLE" dating the diagnosis), so only a date right after it counts.
 */
export function readDate({ sentence, i, polarity, part }: Stated, fact: DateFact, context: ParseContext, byWordsOf = false): Finding | undefined {
  const source = statementSpan(sentence, i);
  if (doubts(polarity, fact)) return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now') {
    if (!fact.noneLabel) return undefined;
    return part ? { kind: 'unclear', fact, source, reason: { code: 'partial' } } : parsedFinding(fact.noneLabel, fact, source, context);
  }
  if (!states(polarity, fact)) return undefined;
  const near = byWordsOf ? untilNextOwner(sentence, i) : withBracketAfter(sentence, nearText(sentence, i, ownsNoDate), context);
  const reading = findDates(withoutMentions(sentence, near), context.today);
  const [date, ...others] = reading.mentions.filter((d) => !NOT_A_DATE.test(d.text) && (!byWordsOf || RIGHT_AFTER.test(reading.text.slice(0, d.index))));
  if (!date) return fact.noneLabel && !byWordsOf ? { kind: 'unclear', fact, source, reason: { code: 'no-date' } } : undefined;
  const dated = statementSpan(sentence, i, near.end);
  if (others.length > 0) return { kind: 'unclear', fact, source: dated, reason: { code: 'conflict' } };
  return parsedFinding(date.text, fact, dated, context);
}

/** Up to the next mention that may own a date: the words right after a name, past a bracket ("primary Sjögren's (anti-Ro+) since 2016"). */
function untilNextOwner(sentence: Sentence, i: number): Span {
  const next = sentence.mentions.slice(i + 1).find((m) => !ownsNoDate(m));
  return { index: sentence.mentions[i]!.end, end: next?.segment.index ?? sentence.span.end };
}

/** "Thrombocytopenia since last summer (around July 2025)": a bracket right after words with no date of their own dates them. */
function withBracketAfter(sentence: Sentence, near: Span, context: ParseContext): Span {
  const bracket = sentence.text.slice(near.end).match(/^\s*\(/);
  if (!bracket || findDates(textOf(sentence, near), context.today).mentions.length > 0) return near;
  const piece = sentence.pieces.find((p) => p.index >= near.end);
  const next = sentence.mentions.find((m) => m.index >= near.end);
  return piece ? { index: near.index, end: Math.min(piece.end, next?.index ?? piece.end) } : near;
}

/** Mentions a date does not belong to: yes/no facts ("diagnosed on CT 02/2026" dates the diagnosis). */
function ownsNoDate(mention: Mention): boolean {
  return mention.entries.every((e) => e.kind === 'name' && e.fact.type === 'boolean');
}
