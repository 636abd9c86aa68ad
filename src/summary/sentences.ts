import { SentenceTokenizer } from 'natural/lib/natural/tokenizers';
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en';
import type { Span } from './span';

/** Abbreviations with a full stop that end no sentence in a clinical note, besides natural's English ones (Dr., e.g.). */
const CLINICAL_ABBREVIATIONS = [
  ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  ...['approx.', 'pt.', 'hx.', 'dx.', 'tx.', 'rx.', 'yrs.', 'wks.', 'mths.', 'b.i.d.', 'b.d.', 't.i.d.', 'q.i.d.', 'o.d.', 'p.o.', 'i.v.', 's.c.', 'i.m.', 'vs.', 'cf.', 'incl.', 'prev.', 'Prof.'],
];
const tokenizer = new SentenceTokenizer([...knownAbbreviations, ...CLINICAL_ABBREVIATIONS]);

/**
 * The sentences of a pasted text, as spans of it: every line ends one (notes list items one per line), and
 * natural's sentence tokenizer splits lines at full stops that are not abbreviations or decimals.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let cursor = 0;
    for (const sentence of tokenizer.tokenize(line[0])) {
      const at = line[0].indexOf(sentence, cursor);
      if (at === -1) continue;
      const previous = spans.at(-1);
      // A full stop with no space after it ends no sentence ("eGFR 78 mL/min/1.73m2").
      if (previous && previous.end === line.index + at && previous.end > line.index) previous.end = line.index + at + sentence.length;
      else spans.push({ index: line.index + at, end: line.index + at + sentence.length });
      cursor = at + sentence.length;
    }
  }
  return spans;
}
