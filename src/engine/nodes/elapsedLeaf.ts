import type { ElapsedLeaf } from '../../domain/rule';
import type { CompiledNode } from '../compiledNode';
import { factOfType, type Vocabulary } from '../compileContext';
import { compareElapsed, pointInterval } from '../compare';
import { truthOf } from '../truth';
import { leafNode } from './leaf';

/** Time from a dated event to the evaluation day. An event that never happened is infinitely long ago. */
export function compileElapsedLeaf(leaf: ElapsedLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.fact, 'date', `${path}.fact`);
  const { op, duration } = leaf.elapsed;
  return leafNode(
    fact,
    leaf,
    (value, patient) => {
      if (value.kind !== 'date') return 'unknown';
      if (value.value === undefined) return truthOf(op === '>' || op === '>=');
      return compareElapsed(value.value, pointInterval(patient.day), op, duration);
    },
    // A date given as a month or a year that the test cannot decide on: the exact date can.
    { details: (value) => (value.kind === 'date' && value.value && value.value.earliest !== value.value.latest ? [{ kind: 'exactDate' }] : []) },
  );
}
