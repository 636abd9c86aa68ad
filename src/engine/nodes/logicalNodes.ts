import type { CompiledNode } from '../compiledNode';
import type { PatientView } from '../patientView';
import { not, quantify, type Truth } from '../truth';

const childTruth = (child: CompiledNode, patient: PatientView): Truth => child.truth(patient);

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
    truth: (patient) => quantify(quantifier, children, childTruth, patient),
    visitOpen(patient, visit) {
      for (const child of children) if (child.truth(patient) === 'unknown') child.visitOpen(patient, visit);
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
    truth: (patient) => not(child.truth(patient)),
    visitOpen: (patient, visit) => child.visitOpen(patient, visit),
  };
}
