/**
 * Kleene's three-valued logic: an unknown fact stays unknown through not, all and any,
 * so a missing answer can never exclude a patient (nor include one).
 */
export type Truth = 'true' | 'false' | 'unknown';

export function truthOf(value: boolean): Truth {
  return value ? 'true' : 'false';
}

export function not(value: Truth): Truth {
  return value === 'unknown' ? 'unknown' : value === 'true' ? 'false' : 'true';
}

/**
 * Kleene's `all` (the first "false" decides) or `any` (the first "true" decides) of `truthOf(item, context)`
 * over the items, stopping at the deciding one: rules run thousands of times per answer, so no list of
 * truths is built (and `context` spares a closure per call).
 */
export function quantify<T, C>(quantifier: 'all' | 'any', items: readonly T[], truthOf: (item: T, context: C) => Truth, context: C): Truth {
  const decisive: Truth = quantifier === 'all' ? 'false' : 'true';
  let result: Truth = quantifier === 'all' ? 'true' : 'false';
  for (const item of items) {
    const truth = truthOf(item, context);
    if (truth === decisive) return decisive;
    if (truth === 'unknown') result = 'unknown';
  }
  return result;
}

export function both(a: Truth, b: Truth): Truth {
  return a === 'false' || b === 'false' ? 'false' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'true';
}

export function either(a: Truth, b: Truth): Truth {
  return a === 'true' || b === 'true' ? 'true' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'false';
}

/** Decides a test over an interval: true when every point passes, false when none does. */
export function decide(allPass: boolean, nonePass: boolean): Truth {
  return allPass ? 'true' : nonePass ? 'false' : 'unknown';
}
