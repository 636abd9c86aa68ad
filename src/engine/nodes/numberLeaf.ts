import type { NumberFact } from '../../domain/factDefinition';
import type { NumberInterval } from '../../domain/factValue';
import type { NumberLeaf } from '../../domain/rule';
import type { CompiledNode } from '../compiledNode';
import { factOfType, toCanonical, type Vocabulary } from '../compileContext';
import { compareInterval, inRange } from '../compare';
import type { Truth } from '../truth';
import { leafNode } from './leaf';

export function compileNumberLeaf(leaf: NumberLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.fact, 'number', `${path}.fact`);
  const compare = leaf.compare;
  const unitPath = `${path}.compare.unit`;
  if ('between' in compare) {
    const [min, max] = compare.between.map((v) => toCanonical(v, compare.unit, fact.unit, fact.accepts, unitPath)) as [
      number,
      number,
    ];
    return numberLeafNode(fact, leaf, (v) => inRange(v, min, max));
  }
  const threshold = toCanonical(compare.value, compare.unit, fact.unit, fact.accepts, unitPath);
  return numberLeafNode(fact, leaf, (v) => compareInterval(v, compare.op, threshold));
}

function numberLeafNode(fact: NumberFact, leaf: NumberLeaf, decide: (value: NumberInterval) => Truth): CompiledNode {
  return leafNode(fact, leaf, (value) => (value.kind === 'number' ? decide(value.value) : 'unknown'), {
    // A value given as a bound or a range ("> 60") that the test cannot decide on: the exact value can.
    details: (value) => (value.kind === 'number' && value.value.low !== value.value.high ? [{ kind: 'exactValue' }] : []),
  });
}
