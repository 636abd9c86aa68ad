import path from 'node:path';

/** The project's seeds folder, found from this file whether run from src/ (tsx) or dist/src/ (compiled). */
export function defaultSeedsPath(): string {
  const fromSource = path.resolve(__dirname, '..', '..', 'seeds');
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '..', '..', '..', 'seeds') : fromSource;
}
