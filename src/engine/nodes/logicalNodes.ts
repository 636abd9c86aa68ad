import type { CompiledNode, OpenFactList } from '../compiledNode';
import type { PatientView } from '../patientView';
import { not, quantify, type Truth } from '../truth';

interface Reading {
  patient: PatientView;
  open: OpenFactList | undefined;
}

const childTruth = (child: CompiledNode, { patient, open }: Reading): Truth => child.truth(patient, open);

/** Evidence kept is the evidence that decided: the deciding children if any, else the unknown ones, else all. */
function combine(children: readonly CompiledNode[], quantifier: 'all' | 'any'): CompiledNode {
  const decisive: Truth = quantifier === 'all' ? 'false' : 'true';
  return {
    facts: [...new Set(children.flatMap((c) => c.facts))],
    evaluate(patient) {
      const outcomes = children.map((c) => c.evaluate(patient));
      const truth = quantify(quantifier, outcomes, (o) => o.truth, undefined);
      const kept = truth === decisive || truth === 'unknown' ? outcomes.filter((o) => o.truth === truth) : outcomes;
      return { truth, evidence: kept.flatMap((o) => o.evidence) };
    },
    truth(patient, open) {
      const start = open?.facts.length ?? 0;
      const truth = quantify(quantifier, children, childTruth, { patient, open });
      // Each child lists facts only when unknown; a deciding child makes those listed before it moot.
      if (truth === decisive && open) {
        open.facts.length = start;
        open.details.length = start;
        open.states.length = start;
      }
      return truth;
    },
  };
}

export function allNode(children: readonly CompiledNode[]): CompiledNode {
  return combine(children, 'all');
}

export function anyNode(children: readonly CompiledNode[]): CompiledNode {
  return combine(children, 'any');
}

export function notNode(child: CompiledNode): CompiledNode {
  return {
    facts: child.facts,
    evaluate(patient) {
      const outcome = child.evaluate(patient);
      return { truth: not(outcome.truth), evidence: outcome.evidence };
    },
    truth: (patient, open) => not(child.truth(patient, open)),
  };
}
