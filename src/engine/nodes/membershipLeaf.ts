import type { MembershipLeaf } from '../../domain/rule';
import type { CompiledNode } from '../compiledNode';
import { choiceCodes, RuleError, type Vocabulary } from '../compileContext';
import { truthOf } from '../truth';
import { leafNode } from './leaf';

/** A choice fact is one of the listed codes; a set fact contains at least one of them. */
export function compileMembershipLeaf(leaf: MembershipLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = vocabulary.facts.get(leaf.fact);
  if (!fact) throw new RuleError(`${path}.fact`, `unknown fact "${leaf.fact}"`);
  if (fact.type !== 'choice' && fact.type !== 'set') {
    throw new RuleError(`${path}.fact`, `"oneOf" needs a choice or set fact, but "${leaf.fact}" is a ${fact.type} fact`);
  }
  const known = new Set(choiceCodes(vocabulary, fact));
  leaf.oneOf.forEach((code, i) => {
    if (!known.has(code)) throw new RuleError(`${path}.oneOf[${i}]`, `"${code}" is not a choice of fact "${fact.id}"`);
  });
  const wanted = new Set(leaf.oneOf);
  return leafNode(fact, leaf, (value) => {
    if (value.kind === 'choice') return truthOf(wanted.has(value.value));
    if (value.kind === 'set') return truthOf(value.values.some((code) => wanted.has(code)));
    return 'unknown';
  });
}
