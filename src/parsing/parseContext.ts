import type { Catalog } from '../catalog/loadCatalog';
import type { Day } from '../dates/calendar';
import type { Answers } from '../domain/factValue';
import type { ParseContext } from './outcome';

/** What reading an answer needs from the catalog and the screening so far. */
export function parseContext(catalog: Catalog, today: Day, answers: Answers): ParseContext {
  return { vocabulary: catalog, today, answers };
}
