import type { BooleanLeaf } from '../../domain/rule';
import type { CompiledNode } from '../compiledNode';
import { factOfType, type Vocabulary } from '../compileContext';
import { truthOf } from '../truth';
import { leafNode } from './leaf';

export function compileBooleanLeaf(leaf: BooleanLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.fact, 'boolean', `${path}.fact`);
  return leafNode(fact, leaf, (value) => (value.kind === 'boolean' ? truthOf(value.value === leaf.is) : 'unknown'));
}
