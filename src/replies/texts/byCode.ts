import type { CatalogWords } from '../../catalog/catalogWords';

/**
 * The message for a code, from a language's table of them (one function per code, each taking that code's
 * parameters): the tables are typed per code, so a language lacking one fails to compile.
 */
export function byCode<U extends { code: string }>(texts: Record<U['code'], (w: CatalogWords, item: never) => string>, w: CatalogWords, item: U): string {
  return (texts[item.code as U['code']] as (w: CatalogWords, item: U) => string)(w, item);
}
