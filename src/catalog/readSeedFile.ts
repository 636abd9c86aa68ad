import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { CatalogProblem } from './catalogError';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: CatalogProblem[] };

/** Reads a YAML (or JSON) seed file and validates it, reporting every problem with its field path. */
export function readSeedFile<S extends z.ZodType>(file: string, shownAs: string, schema: S): Parsed<z.infer<S>> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [{ file: shownAs, path: '', message: `cannot read: ${(error as Error).message}` }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file: shownAs,
      path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''),
      message: issue.message,
    })),
  };
}
