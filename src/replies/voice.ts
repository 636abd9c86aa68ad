import { catalogWords, type CatalogWords } from '../catalog/catalogWords';
import type { Catalog } from '../catalog/loadCatalog';
import type { Locale } from '../domain/wording';
import { TEXTS, type Texts } from './texts/texts';

/**
 * What replies are said with: one language's texts, the catalog in that language's words, and the catalog itself
 * (its trials' rules and verbatim sources, which no language changes).
 */
export interface Voice {
  readonly t: Texts;
  readonly w: CatalogWords;
  readonly catalog: Catalog;
}

export function voiceOf(catalog: Catalog, locale: Locale): Voice {
  return { t: TEXTS[locale], w: catalogWords(catalog, locale), catalog };
}
