import { catalogWords } from '../../src/catalog/catalogWords';
import type { Locale } from '../../src/domain/wording';
import { realCatalog } from './catalog';

/** Renderers make quotes typographic and wrap lines; compare text the way a reader does (line breaks kept). */
export const readable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[ \t]+/g, ' ').trim();

/** The fact a rendered question card asks, from its question text in `locale` (the longest question the card contains). */
export function factAskedBy(cardText: string, locale: Locale = 'en'): string | undefined {
  const text = readable(cardText).replace(/\s+/g, ' ');
  const matches = [...catalogWords(realCatalog(), locale).facts.values()].filter((fact) => text.includes(readable(fact.question)));
  return matches.sort((a, b) => b.question.length - a.question.length)[0]?.id;
}
