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

export function and(values: Iterable<Truth>): Truth {
  let result: Truth = 'true';
  for (const value of values) {
    if (value === 'false') return 'false';
    if (value === 'unknown') result = 'unknown';
  }
  return result;
}

export function or(values: Iterable<Truth>): Truth {
  let result: Truth = 'false';
  for (const value of values) {
    if (value === 'true') return 'true';
    if (value === 'unknown') result = 'unknown';
  }
  return result;
}

/** Decides a test over an interval: true when every point passes, false when none does. */
export function decide(allPass: boolean, nonePass: boolean): Truth {
  return allPass ? 'true' : nonePass ? 'false' : 'unknown';
}
