import { SentenceTokenizer } from 'natural/lib/natural/tokenizers';
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en';
import type { Span } from './span';

/** Abbreviations with a full stop that end no sentence in a clinical note, besides natural's English ones (Dr., e.g.). */
const CLINICAL_ABBREVIATIONS = [
  ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  ...['approx.', 'pt.', 'hx.', 'dx.', 'tx.', 'rx.', 'yrs.', 'wks.', 'mths.', 'b.i.d.', 'b.d.', 't.i.d.', 'q.i.d.', 'o.d.', 'p.o.', 'i.v.', 's.c.', 'i.m.', 'vs.', 'cf.', 'incl.', 'prev.', 'Prof.'],
];
const ABBREVIATIONS = [...knownAbbreviations, ...CLINICAL_ABBREVIATIONS];
const tokenizer = new SentenceTokenizer(ABBREVIATIONS);
const abbreviations = new Set(ABBREVIATIONS.map((a) => a.toLowerCase().replace(/\.$/, '')));

/**
 * natural's tokenizer takes time quadratic in the numbers and full stops of what it is given (10,000 characters
 * of "1." took 5 s, every message being looked at as a possible summary), so a line reaches it in pieces of at
 * most this many characters, cut where a sentence ends when one does.
 */
const PIECE_LENGTH = 200;

/** A line that cannot end its sentence: it ends on a comma or a word that leads on ("Not pregnant. Not\nbreastfeeding"). */
const LEADS_ON = /(?:,|\b(?:not|no|nor|and|or|but|of|with|without|since|from|to|on|in|at|for|by|then|was|were|is|are|any))\s*$/i;

/**
 * The sentences of a pasted text, as spans of it: every line ends one (notes list items one per line) unless it
 * cannot end there and the next line goes on in lower case (a wrapped line); a line with Chinese in it is split by
 * Intl.Segmenter, and natural's sentence tokenizer splits the rest at full stops that are not abbreviations or decimals.
 */
export function sentenceSpans(text: string): Span[] {
  return joinedWrappedLines(text, lineSentences(text));
}

function joinedWrappedLines(text: string, spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, span.index) : '';
    const wrapped = previous && /^[ \t]*\n[ \t]*$/.test(between) && LEADS_ON.test(text.slice(previous.index, previous.end)) && /^\p{Ll}/u.test(text.slice(span.index));
    if (wrapped) previous.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}

/**
 * A line with Chinese in it is split by ICU's sentence rules (。！？ and a full stop in the English it mixes in). On
 * the labelled sets it reads exactly as splitting at 。 alone did (bench:reading, 7 December: same precision, recall
 * and typed figures in both languages); it is the well-kept rule. ICU's word segmentation is not used: it cuts
 * medical terms apart (确/诊, 狼/疮), where names are matched character by character.
 */
const CHINESE_SENTENCES = new Intl.Segmenter('zh', { granularity: 'sentence' });

function lineSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (/\p{Script=Han}/u.test(line[0])) {
      for (const s of CHINESE_SENTENCES.segment(line[0])) {
        const trimmed = s.segment.trimEnd();
        if (trimmed.trim() !== '') spans.push({ index: line.index + s.index, end: line.index + s.index + trimmed.length });
      }
      continue;
    }
    for (const piece of pieces(line[0])) {
      let cursor = 0;
      for (const [k, sentence] of tokenizer.tokenize(piece.text).entries()) {
        const at = piece.text.indexOf(sentence, cursor);
        if (at === -1) continue;
        const index = line.index + piece.at + at;
        const previous = spans.at(-1);
        // A full stop with no space after it ends no sentence ("eGFR 78 mL/min/1.73m2"), nor does a cut made
        // where no sentence ended.
        const continues = previous && previous.end > line.index && (previous.end === index || (k === 0 && piece.continues));
        if (continues) previous.end = index + sentence.length;
        else spans.push({ index, end: index + sentence.length });
        cursor = at + sentence.length;
      }
    }
  }
  return spans;
}

/**
 * A line in pieces of at most PIECE_LENGTH characters, each cut after a sentence's end, else after a clause's or
 * a word's; `continues` when the cut before it ended no sentence.
 */
function pieces(line: string): { text: string; at: number; continues: boolean }[] {
  const found: { text: string; at: number; continues: boolean }[] = [];
  let start = 0;
  let continues = false;
  while (line.length - start > PIECE_LENGTH) {
    const window = line.slice(start, start + PIECE_LENGTH);
    const sentenceEnd = lastCut(window, /(\S*)[.!?]\s+/g, true);
    const cut = sentenceEnd ?? lastCut(window, /[,;:]\s+/g, false) ?? lastCut(window, /\s+/g, false) ?? PIECE_LENGTH;
    found.push({ text: line.slice(start, start + cut), at: start, continues });
    continues = sentenceEnd === undefined;
    start += cut;
  }
  found.push({ text: line.slice(start), at: start, continues });
  return found;
}

/** Where the last match in the window ends, a full stop after an abbreviation ("Dr. ") being no end. */
function lastCut(window: string, pattern: RegExp, sentenceEnd: boolean): number | undefined {
  let cut: number | undefined;
  for (const m of window.matchAll(pattern)) {
    if (sentenceEnd && (m[1] === '' || abbreviations.has(m[1]!.toLowerCase()))) continue;
    if (m.index + m[0].length > 0) cut = m.index + m[0].length;
  }
  return cut;
}
