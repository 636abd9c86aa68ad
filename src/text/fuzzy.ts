// The one door to `natural`: its package root loads database drivers and dotenv (~500 ms), so only the
// distance submodule is imported, and only here.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';

/** 1 for equal strings, falling by each edit (insertion, deletion, substitution, transposition) over the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - DamerauLevenshteinDistance(a, b) / longer;
}
