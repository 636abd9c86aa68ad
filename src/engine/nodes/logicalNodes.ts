import type { CompiledNode, Outcome } from '../compiledNode';
import { and, not, or } from '../truth';

/** Evidence kept is the evidence that decided: the failing children of a false `all`, and so on. */
function combine(children: readonly CompiledNode[], combineTruth: typeof and, decisive: 'true' | 'false'): CompiledNode {
  return {
    facts: [...new Set(children.flatMap((c) => c.facts))],
    evaluate(patient) {
      const outcomes = children.map((c) => c.evaluate(patient));
      const truth = combineTruth(outcomes.map((o) => o.truth));
      const kept = truth === decisive ? outcomes.filter((o) => o.truth === decisive) : truth === 'unknown' ? outcomes.filter((o) => o.truth === 'unknown') : outcomes;
      return { truth, evidence: kept.flatMap((o) => o.evidence) };
    },
  };
}

export function allNode(children: readonly CompiledNode[]): CompiledNode {
  return combine(children, and, 'false');
}

export function anyNode(children: readonly CompiledNode[]): CompiledNode {
  return combine(children, or, 'true');
}

export function notNode(child: CompiledNode): CompiledNode {
  return {
    facts: child.facts,
    evaluate(patient): Outcome {
      const outcome = child.evaluate(patient);
      return { truth: not(outcome.truth), evidence: outcome.evidence };
    },
  };
}
