import { findChineseNames } from './chineseNames';
import type { IdentifierKind } from './identifierKind';
import type { Span } from './span';

export interface IdentifierSpan extends Span {
  kind: IdentifierKind;
}

/** A date as identifiers write it: 03/07/1968, 22.09.1990, 1968-07-03, 3 July 1968, July 3, 1968. */
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})`;
/** A number made of digit groups (letters may lead): 4471029, SE-8842213, 943 476 5919. */
const NUMBER_ID = String.raw`(?:[A-Za-z]{1,4}[-/]?)?\d[\dA-Za-z]*(?:[ /-]\d[\dA-Za-z]*)*`;
const PHONE = String.raw`\+?\(?\d[\d ().-]{5,}\d`;
const STREET_TYPE = 'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Close|Way|Court|Place|Crescent|Terrace|Boulevard|Blvd|Gardens|Grove|Row|Square';
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}`;

/**
 * Each rule finds one kind, the identifier in group 1 when a cue ("MRN:", "DOB") precedes it. Earlier rules
 * win where two overlap, so a date of birth is not also read as a phone number.
 */
const RULES: readonly { kind: IdentifierKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: 'date-of-birth', pattern: new RegExp(String.raw`\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)\s*[:.\-–—]?\s*(${DATE})`, 'gi') },
  // 出生日期：1981年03月15日, 生日 1981-03-15.
  { kind: 'date-of-birth', pattern: /(?:出生日期|出生年月日?|生日)\s*[:：]?\s*(\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?))/gu },
  {
    kind: 'record-number',
    pattern: new RegExp(
      String.raw`\b(?:(?:MRN|NHS|CHI|Acct|Account|A\/C|Encounter|Accession)(?:\s*(?:no\.?|number|#))?|(?:UR|(?:medical |hospital |patient |case |chart )?records?|hosp(?:ital)?\.?|patient|chart|case)\s*(?:no\.?|number|#))\s*[:.#]?\s*(${NUMBER_ID})`,
      'gi',
    ),
  },
  // Chinese record labels: 住院号 (inpatient), 病案号 (case record), 门诊号 (outpatient), 病历号, 登记号, ID号.
  { kind: 'record-number', pattern: new RegExp(String.raw`(?:住院号|病案号|门诊号|病历号|登记号|ID号|卡号)\s*[:：#]?\s*(${NUMBER_ID})`, 'giu') },
  { kind: 'other-id', pattern: /(?:身份证(?:号(?:码)?)?|床号|床位)\s*[:：]?\s*([0-9A-Za-z]+[Xx]?)/gu },
  { kind: 'other-id', pattern: /\b(?:bed|room)\s*(?:no\.?|#)?\s*(\d{1,4}[A-Za-z]?)\b/gi },
  // An NHS number's 3-3-4 grouping, with no cue.
  { kind: 'record-number', pattern: /\b\d{3} \d{3} \d{4}\b/g },
  {
    kind: 'phone',
    pattern: new RegExp(String.raw`\b(?:tel(?:ephone)?|phone|ph|mobile|mob|cell|fax|bleep|pager|call(?: me)?(?: on| at)?|contact(?: me)?(?: on| at)?)\b\.?\s*[:#]?\s*(?:no\.?\s*)?(${PHONE})`, 'gi'),
  },
  { kind: 'phone', pattern: new RegExp(String.raw`(?:电话|手机|联系电话|联系方式)\s*[:：]?\s*(${PHONE})`, 'gu') },
  // International (+46 8 …) or national trunk-prefixed (0161 496 0732) numbers, with no cue.
  { kind: 'phone', pattern: /\+\d{1,3}(?:[ .-]?\(?\d+\)?){2,}|\b0\d{2,4}[ -]\d{3}[ -]?\d{3,4}\b/g },
  { kind: 'address', pattern: /\b(?:address|addr\.?|lives at|resides at|residing at)\s*:?\s*([^\n.;]+)/gi },
  { kind: 'address', pattern: /(?:地址|住址|家庭住址)\s*[:：]?\s*([^\n。；;]+)/gu },
  {
    kind: 'address',
    pattern: new RegExp(
      String.raw`\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:${STREET_TYPE})\b\.?(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,?\s+${UK_POSTCODE}\b)?`,
      'g',
    ),
  },
  { kind: 'address', pattern: new RegExp(String.raw`\b${UK_POSTCODE}\b`, 'g') },
  {
    kind: 'other-id',
    pattern: /\b(?:ID|I\.D\.|identifier|ref(?:erence)?\s*(?:no\.?|number|#)|our ref|your ref|SSN|insurance\s*(?:no\.?|number)|passport(?:\s*(?:no\.?|number))?)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9/-]*\d[A-Za-z0-9/-]*)/g,
  },
];

/**
 * Capitalised words, or initials, after a cue: "Name: Helen Carter", "Dr Anna Lindqvist", "Mrs. O. Petrova"; or a
 * surname in capitals before a comma and the given names, as registers write them ("HE, Yuting", "KOWALSKI, ANNA M").
 */
const NAME_WORDS =
  /(?:[A-Z]{2,}(?:[-'’][A-Z]+)?,[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z](?:[a-z]+|\.)?)?|(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.)){0,3})/y;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\b\.?`;
const NAME_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:patient(?:'s)?\s+name|name|patient|pt)\s*[:\-–]\s*(?:${TITLE}\s*)?`, 'gi'),
  // "Patient Wu Qiang, male": the word "patient" right before capitalised words (a sentence's "Patient reports" has none).
  /\b(?:Patient|Pt)[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z][a-z]+)/g,
  /\binitials\s*[:\-–]?\s*/gi,
  new RegExp(String.raw`\b${TITLE}[ \t]+`, 'g'),
];
/**
 * Two or three capitalised words in a row, none of them a word the catalog or English uses: "Jane Doe". One space
 * between them: words a column gap apart are a table's titles ("Result        Ref"), not one name.
 */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?![\p{L}\p{N}'’-])/gu;

/**
 * Names, record numbers, dates of birth, phone numbers, emails, addresses and other ids in a pasted summary.
 * `isKnownWord` tells catalog and English words from names, for names that no cue announces.
 */
export function findIdentifiers(text: string, isKnownWord: (word: string) => boolean): IdentifierSpan[] {
  const found: IdentifierSpan[] = [];
  const add = (kind: IdentifierKind, index: number, end: number) => {
    if (end > index && !found.some((f) => index < f.end && f.index < end)) found.push({ kind, index, end });
  };
  for (const { kind, pattern } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const index = m.index + (m[1] === undefined ? 0 : m[0].lastIndexOf(value));
      add(kind, index, trimmedEnd(text, index, index + value.length));
    }
  }
  for (const cue of NAME_CUES) {
    for (const m of text.matchAll(cue)) {
      NAME_WORDS.lastIndex = m.index + m[0].length;
      const name = NAME_WORDS.exec(text);
      if (name && (/[a-z]/.test(name[0]) || /,|\./.test(name[0]))) add('name', name.index, name.index + name[0].length);
    }
  }
  for (const { index, end } of findChineseNames(text)) add('name', index, end);
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    if (m[0].split(/\s+/).every((word) => !isKnownWord(word))) add('name', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.index - b.index);
}

function trimmedEnd(text: string, index: number, end: number): number {
  let e = end;
  while (e > index && /[\s,.;:)]/.test(text[e - 1]!)) e -= 1;
  return e;
}

/** The kinds found and how many of each, in a fixed order. */
export function countByKind(spans: readonly IdentifierSpan[]): { kind: IdentifierKind; count: number }[] {
  const counts = new Map<IdentifierKind, number>();
  for (const { kind } of spans) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** The text with every identifier replaced by spaces, so no later step can read, quote or log it. */
export function masked(text: string, spans: readonly Span[]): string {
  return spans.reduce((t, s) => t.slice(0, s.index) + t.slice(s.index, s.end).replace(/[^\n]/g, ' ') + t.slice(s.end), text);
}
