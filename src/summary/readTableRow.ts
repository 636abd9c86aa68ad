import type { NumberFact } from '../domain/factDefinition';
import { findDates, type DateMention } from '../parsing/datePhrase';
import { ULN_UNIT } from '../parsing/number';
import type { ParseContext } from '../parsing/outcome';
import { referenceAt } from '../parsing/referenceRange';
import { parsedFinding, type Finding } from './findings';
import type { Sentence } from './mentions';
import { latestOf } from './readDate';

/** Between the cells of a table's line: two spaces or more, or a tab. */
const GAP = /\s{2,}|\t/g;
/** How far above a row its header may stand, in lines; a blank line ends the table before that. */
const MAX_LINES_TO_HEADER = 30;
/** A cell holding only the laboratory's flag ("L", "H", "↑"), which has no column title of its own. */
const FLAG_CELL = /^(?:L|H|LL|HH|[↑↓*]+)$/;

interface Cell {
  text: string;
  index: number;
  end: number;
}

/** Titles of a column of values that are the latest, of the ULN, and of the reference range. */
const LATEST = /\b(?:latest|current|now|today|result|value)\b/i;
const ULN = /^(?:ULN|upper\s+limit(?:\s+of\s+normal)?)$/i;
const REFERENCE = /^(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|range)$/i;

/**
 * A lab's row in a table with a column per date, its name first ("eGFR   71   83   92" under "Mar-26  Jun-26
 * Sep-26 (latest)"): the value in the column titled latest or of the latest date, over the header line above it;
 * for a value relative to the ULN, over the row's ULN or reference column. Undefined when the line holds one value
 * (no table row); asked when the header does not say which column is now.
 */
export function readTableRow(sentence: Sentence, i: number, fact: NumberFact, context: ParseContext): Finding | undefined {
  const mention = sentence.mentions[i]!;
  const text = sentence.text;
  const lineStart = text.lastIndexOf('\n', mention.index - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.index) === -1 ? text.length : text.indexOf('\n', mention.index);
  const unitWords = /^\s*\(([^()\d]*(?:\d+\^?\d*)?[^()]*)\)/.exec(text.slice(mention.end, lineEnd));
  const cellsFrom = mention.end + (unitWords?.[0].length ?? 0);
  // The row's cells end where the next name begins ("WBC 5.8 K/uL | Hgb 11.9": each name has its value).
  const rowEnd = Math.min(lineEnd, sentence.mentions[i + 1]?.index ?? lineEnd);
  const cells = cellsOf(text, cellsFrom, rowEnd).filter((c) => !FLAG_CELL.test(c.text));
  // A value beside its reference range is one value ("ALT   35 U/L   7–40"), not a row of several.
  if (cells.filter((c) => /\d/.test(c.text) && referenceAt(`  ${c.text}`)?.upper === undefined).length < 2) return undefined;
  const source = { index: mention.index, end: lineEnd };
  const unclear: Finding = { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  const header = headerAbove(text, lineStart, cells, context);
  if (!header) return unclear;
  const titled = cells.map((cell) => ({ cell, title: titleOver(cell, lineStart, header) }));
  const latest = latestColumn(titled, context);
  if (!latest) return unclear;
  // A unit in the row's bracket ("ALT (U/L)", "PLT (10^9/L)"), not a method ("eGFR (CKD-EPI)").
  const unit = /[/^%]/.test(unitWords?.[1] ?? '') ? unitWords![1]!.trim() : '';
  const value = `${latest.text} ${/[\p{L}]/u.test(latest.text) ? '' : unit}`.trim();
  if (fact.unit !== ULN_UNIT) return parsedFinding(value, fact, source, context);
  const uln = titled.find((t) => ULN.test(t.title))?.cell.text ?? titled.flatMap((t) => (REFERENCE.test(t.title) ? [referenceAt(`  ${t.cell.text}`)?.upper] : [])).find((u) => u !== undefined);
  return uln === undefined ? unclear : parsedFinding(`${value}, ULN ${uln} ${/[\p{L}]/u.test(latest.text) ? '' : unit}`, fact, source, context);
}

function cellsOf(text: string, from: number, to: number): Cell[] {
  const line = text.slice(from, to);
  const cells: Cell[] = [];
  let start = 0;
  for (const gap of line.matchAll(GAP)) {
    if (gap.index > start) cells.push({ text: line.slice(start, gap.index).trim(), index: from + start, end: from + gap.index });
    start = gap.index + gap[0].length;
  }
  if (start < line.length) cells.push({ text: line.slice(start).trim(), index: from + start, end: to });
  return cells.filter((c) => c.text !== '');
}

/** The nearest line above with a title over every cell of the row: dates, "latest", "ULN", "Ref". */
function headerAbove(text: string, lineStart: number, cells: readonly Cell[], context: ParseContext): { cells: Cell[]; start: number } | undefined {
  let end = lineStart - 1;
  for (let k = 0; k < MAX_LINES_TO_HEADER && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() === '') return undefined;
    const titles = cellsOf(text, start, end);
    const titlesDates = titles.some((t) => LATEST.test(t.text) || ULN.test(t.text) || REFERENCE.test(t.text) || findDates(t.text, context.today).mentions.length > 0);
    if (titlesDates && titles.length >= cells.length) return { cells: titles, start };
    end = start - 1;
  }
  return undefined;
}

/** The header's title over a cell: the one its columns overlap most, else the nearest. */
function titleOver(cell: Cell, lineStart: number, header: { cells: Cell[]; start: number }): string {
  const [from, to] = [cell.index - lineStart, cell.end - lineStart];
  const scored = header.cells.map((h) => {
    const [hFrom, hTo] = [h.index - header.start, h.end - header.start];
    return { h, overlap: Math.min(to, hTo) - Math.max(from, hFrom), distance: Math.abs((from + to) / 2 - (hFrom + hTo) / 2) };
  });
  const best = scored.reduce((a, b) => (b.overlap > a.overlap || (b.overlap === a.overlap && b.distance < a.distance) ? b : a));
  return best.h.text;
}

/** The cell under the column titled latest, else under the latest date when every value column is dated. */
function latestColumn(titled: readonly { cell: Cell; title: string }[], context: ParseContext): Cell | undefined {
  const values = titled.filter((t) => !ULN.test(t.title) && !REFERENCE.test(t.title));
  const marked = values.filter((t) => LATEST.test(t.title));
  if (marked.length === 1) return marked[0]!.cell;
  const dates = values.map((t) => findDates(t.title, context.today).mentions.find((d) => d.kind === 'date'));
  if (dates.some((d) => d?.kind !== 'date')) return undefined;
  const latest = latestOf(dates.map((d) => (d as Extract<DateMention, { kind: 'date' }>).interval));
  return latest === undefined ? undefined : values[latest]!.cell;
}
