import type { Rule } from '../domain/rule';
import type { CompiledNode } from './compiledNode';
import type { Vocabulary } from './compileContext';
import { compileBooleanLeaf } from './nodes/booleanLeaf';
import { compileElapsedLeaf } from './nodes/elapsedLeaf';
import { allNode, anyNode, notNode } from './nodes/logicalNodes';
import { compileMedicationLeaf } from './nodes/medicationLeaf';
import { compileMembershipLeaf } from './nodes/membershipLeaf';
import { compileNumberLeaf } from './nodes/numberLeaf';

/** Turns a rule tree into functions, checking every fact, unit, code and drug it names. */
export function compileRule(rule: Rule, vocabulary: Vocabulary, path: string): CompiledNode {
  if ('all' in rule) return allNode(rule.all.map((r, i) => compileRule(r, vocabulary, `${path}.all[${i}]`)));
  if ('any' in rule) return anyNode(rule.any.map((r, i) => compileRule(r, vocabulary, `${path}.any[${i}]`)));
  if ('not' in rule) return notNode(compileRule(rule.not, vocabulary, `${path}.not`));
  if ('medication' in rule) return compileMedicationLeaf(rule, vocabulary, path);
  if ('compare' in rule) return compileNumberLeaf(rule, vocabulary, path);
  if ('is' in rule) return compileBooleanLeaf(rule, vocabulary, path);
  if ('oneOf' in rule) return compileMembershipLeaf(rule, vocabulary, path);
  return compileElapsedLeaf(rule, vocabulary, path);
}
