import type { NumberFact } from '../../domain/factDefinition';
import type { NumberInterval } from '../../domain/factValue';
import type { NumberLeaf } from '../../domain/rule';
import type { CompiledNode } from '../compiledNode';
import { comparatorSymbols, factOfType, toCanonical, unitLabel, type Vocabulary } from '../compileContext';
import { compareInterval, inRange } from '../compare';
import type { Truth } from '../truth';
import { leafNode } from './leaf';

export function compileNumberLeaf(leaf: NumberLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.fact, 'number', `${path}.fact`);
  const compare = leaf.compare;
  const unitPath = `${path}.compare.unit`;
  const shownUnit = unitLabel(compare.unit, fact);
  if ('between' in compare) {
    const [min, max] = compare.between.map((v) => toCanonical(v, compare.unit, fact.unit, fact.accepts, unitPath)) as [
      number,
      number,
    ];
    const test = `${fact.label} ${compare.between[0]}–${compare.between[1]} ${shownUnit} (both ends included)`;
    return numberLeafNode(vocabulary, fact, test, (v) => inRange(v, min, max));
  }
  const threshold = toCanonical(compare.value, compare.unit, fact.unit, fact.accepts, unitPath);
  const test = `${fact.label} ${comparatorSymbols[compare.op]} ${compare.value} ${shownUnit}`;
  return numberLeafNode(vocabulary, fact, test, (v) => compareInterval(v, compare.op, threshold));
}

function numberLeafNode(
  vocabulary: Vocabulary,
  fact: NumberFact,
  test: string,
  decide: (value: NumberInterval) => Truth,
): CompiledNode {
  return leafNode(vocabulary, fact, test, (value) => (value.kind === 'number' ? decide(value.value) : 'unknown'), {
    // A value given as a bound or a range ("> 60") that the test cannot decide on: the exact value can.
    details: (value) => (value.kind === 'number' && value.value.low !== value.value.high ? [{ kind: 'exactValue' }] : []),
  });
}
