/** One problem in one seed file: which file, where in it, and what was expected. */
export interface CatalogProblem {
  file: string;
  path: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(
      `the trial catalog is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}
