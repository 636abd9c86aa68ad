import type { Catalog } from '../../src/catalog/loadCatalog';
import { en } from '../../src/replies/texts/en';
import { contactText, shownSource, siteText } from '../../src/report/results';

/** Every sentence of the English set that is a plain string (labels, headings, fixed messages), long enough to be one. */
function englishStrings(node: unknown): string[] {
  if (typeof node === 'string') return node.length >= 12 && /[a-z]{3} [a-z]{3}/i.test(node) ? [node] : [];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(englishStrings);
}

const ENGLISH = englishStrings(en);

/** Three English words in a row: a sentence, or a piece of one. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g;
/** An English word in lower case ("daily", "since", "unknown"), not an abbreviation or a unit ("mg", "IgG4", "mmol/L"). */
const ENGLISH_WORD = /(?<![\p{L}\p{N}/])[a-z]{4,}(?![\p{L}\p{N}/])/gu;

/**
 * What a reply says in English that the Chinese conversation should have said in Chinese: a sentence of the English
 * set, or three English words in a row. Allowed: the sources' own words (criteria quoted verbatim, the registry's
 * status, contacts, sites, sponsors), anything in quotes (what the clinician typed, echoed), and `typed`.
 */
export function englishIn(text: string, catalog: Catalog, typed: readonly string[]): string[] {
  const allowed = [
    ...catalog.trials.flatMap(({ record }) => [
      ...record.criteria.map(shownSource),
      record.titles.brief,
      record.titles.official ?? '',
      record.sponsor.lead,
      ...record.contacts.map(contactText),
      ...record.sites.flatMap((s) => [siteText(s), s.name, ...s.contacts.map(contactText)]),
    ]),
    ...typed,
  ].filter((a) => a.length > 0);
  let rest = text;
  for (const source of allowed.sort((a, b) => b.length - a.length)) rest = rest.split(source).join(' ');
  rest = rest.replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
  return [...ENGLISH.filter((sentence) => rest.includes(sentence)), ...[...rest.matchAll(ENGLISH_RUN)].map((m) => m[0]), ...[...rest.matchAll(ENGLISH_WORD)].map((m) => m[0])];
}

/** Every text a card shows: its blocks, labels, placeholders, choices and buttons. */
export function cardTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? (['text', 'title', 'label', 'placeholder', 'altText', 'fallbackText'].includes(key) ? [value] : []) : cardTexts(value),
  );
}
