import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Rule } from '../../src/domain/rule';
import { TrialRecord } from '../../src/domain/trialRecord';
import { compileTrial } from '../../src/engine/compiledTrial';
import { seededRandom, type Random } from './seededRandom';

/**
 * `size` trials cloned round-robin from the real records, each with its own id and every numeric
 * threshold, duration and half-life count moved by up to ±25 %, then validated by the record schema
 * and compiled by the real compiler, so they cost what real trials of those shapes cost.
 */
export function syntheticCatalog(real: Catalog, size: number, seed = 1): Catalog {
  const random = seededRandom(seed);
  const trials = Array.from({ length: size }, (_, i) => {
    const base = real.trials[i % real.trials.length]!.record;
    const record = TrialRecord.parse({ ...base, id: `${base.id}-${i}`, criteria: base.criteria.map((c) => (c.rule ? { ...c, rule: jitterRule(c.rule, random) } : c)) });
    return compileTrial(record, real);
  });
  return { ...real, trials };
}

function jitterRule(rule: Rule, random: Random): Rule {
  if ('all' in rule) return { all: rule.all.map((r) => jitterRule(r, random)) };
  if ('any' in rule) return { any: rule.any.map((r) => jitterRule(r, random)) };
  if ('not' in rule) return { not: jitterRule(rule.not, random) };
  if ('compare' in rule) return { ...rule, compare: jitterThreshold(rule.compare, random) };
  if ('elapsed' in rule) return { ...rule, elapsed: { ...rule.elapsed, duration: jitterDuration(rule.elapsed.duration, random) } };
  if ('medication' in rule) {
    const { takenWithin } = rule.select;
    const { dailyDose, stableFor, takenFor, stoppedForHalfLives } = rule.test;
    return {
      ...rule,
      select: { ...rule.select, ...(takenWithin ? { takenWithin: jitterDuration(takenWithin, random) } : {}) },
      test: {
        ...rule.test,
        ...(dailyDose ? { dailyDose: jitterThreshold(dailyDose, random) } : {}),
        ...(stableFor ? { stableFor: { ...stableFor, duration: jitterDuration(stableFor.duration, random) } } : {}),
        ...(takenFor ? { takenFor: { ...takenFor, duration: jitterDuration(takenFor.duration, random) } } : {}),
        ...(stoppedForHalfLives ? { stoppedForHalfLives: { ...stoppedForHalfLives, count: jitterNumber(stoppedForHalfLives.count, random) || 1 } } : {}),
      },
    };
  }
  return rule;
}

type Threshold = { op: '<' | '<=' | '>' | '>='; value: number; unit: string } | { between: [number, number]; unit: string };

function jitterThreshold<T extends Threshold>(threshold: T, random: Random): T {
  if ('between' in threshold) {
    const ends = threshold.between.map((v) => jitterNumber(v, random)).sort((a, b) => a - b) as [number, number];
    return { ...threshold, between: ends };
  }
  return { ...threshold, value: jitterNumber(threshold.value, random) };
}

/** Three significant digits, as sources write thresholds. */
function jitterNumber(value: number, random: Random): number {
  return Number((value * (0.75 + random() / 2)).toPrecision(3));
}

/** Each part of an ISO duration (P3M, P12W) moved, never below 1. */
function jitterDuration(duration: string, random: Random): string {
  return duration.replace(/\d+/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.75 + random() / 2)))));
}
