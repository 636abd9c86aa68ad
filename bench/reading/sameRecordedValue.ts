import type { Day } from '../../src/dates/calendar';
import type { DayInterval, FactValue, MedicationUse, NumberInterval } from '../../src/domain/factValue';

/** Unit conversions round differently on two paths (g/dL → g/L by the parser and by the patient file). */
const RELATIVE_TOLERANCE = 1e-6;

/**
 * Whether a value read from a summary records the same as the labelled one: the words entered, and what a
 * medicine's reading says it assumed, are not compared, numbers within rounding, dates as the parser records
 * them (never past the evaluation day), medicines in any order.
 */
export function sameRecordedValue(read: FactValue, expected: FactValue, today: Day): boolean {
  return JSON.stringify(comparable(read, today)) === JSON.stringify(comparable(expected, today));
}

function comparable(value: FactValue, today: Day): unknown {
  switch (value.kind) {
    case 'unknown':
      return { kind: 'unknown' };
    case 'number':
      return { kind: 'number', value: rounded(value.value) };
    case 'boolean':
    case 'choice':
      return { kind: value.kind, value: value.value };
    case 'set':
      return { kind: 'set', values: [...value.values].sort() };
    case 'date':
      return { kind: 'date', value: value.value && capped(value.value, today) };
    case 'medication':
      return { kind: 'medication', uses: value.uses.map((u) => use(u, today)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
  }
}

function use({ doseEntered: _entered, assumed: _assumed, dailyDose, started, doseSince, stopped, earlierDoses, highest, ...rest }: MedicationUse, today: Day): unknown {
  return {
    ...rest,
    ...(dailyDose ? { dailyDose: rounded(dailyDose) } : {}),
    ...(started ? { started: capped(started, today) } : {}),
    ...(doseSince ? { doseSince: capped(doseSince, today) } : {}),
    ...(stopped ? { stopped: capped(stopped, today) } : {}),
    ...(earlierDoses?.length
      ? { earlierDoses: earlierDoses.map((d) => ({ ...(d.dailyDose ? { dailyDose: rounded(d.dailyDose) } : {}), ...(d.since ? { since: capped(d.since, today) } : {}) })) }
      : {}),
    ...(highest ? { highest: { ...highest, dailyDose: rounded(highest.dailyDose) } } : {}),
  };
}

function rounded({ low, high }: NumberInterval): NumberInterval {
  const round = (n: number | undefined) => (n === undefined ? undefined : Number(n.toPrecision(Math.round(-Math.log10(RELATIVE_TOLERANCE)))));
  return { low: round(low), high: round(high) };
}

/** The parser cuts an interval reaching past today at today ("November 2026", said on the 21st). */
function capped({ earliest, latest }: DayInterval, today: Day): DayInterval {
  return { earliest, latest: Math.min(latest, today) };
}
