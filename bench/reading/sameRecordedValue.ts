import type { Day } from '../../src/dates/calendar';
import type { DayInterval, FactValue, MedicationUse, NumberInterval } from '../../src/domain/factValue';

/** Unit conversions round differently on two paths (g/dL → g/L by the parser and by the patient file). */
const RELATIVE_TOLERANCE = 1e-6;
/**
 * A labeller converting by hand uses a rounded factor (haemoglobin mmol/L × 16.1, where the reader uses the ICSH
 * molar mass: 114.3 against 114.4 g/L): a number labelled that far off its reading still records the same.
 */
const CONVERSION_TOLERANCE = 1e-3;

/**
 * Whether a value read from a summary records the same as the labelled one: the words entered, and what a
 * medicine's reading says it assumed, are not compared, numbers within rounding, dates as the parser records
 * them (never past the evaluation day), medicines in any order.
 */
export function sameRecordedValue(read: FactValue, expected: FactValue, today: Day): boolean {
  if (read.kind === 'number' && expected.kind === 'number') return agrees(read.value.low, expected.value.low) && agrees(read.value.high, expected.value.high);
  return JSON.stringify(comparable(read, today)) === JSON.stringify(comparable(expected, today));
}

/**
 * A number read agrees with its label at the label's precision ("0.79 × ULN" labels 18.2/23 = 0.7913), or within
 * a hand conversion's rounding.
 */
function agrees(read: number | undefined, label: number | undefined): boolean {
  if (read === undefined || label === undefined) return read === label;
  const decimals = (String(label).split('.')[1] ?? '').length;
  return Math.abs(read - label) <= Math.max(0.5 * 10 ** -decimals, CONVERSION_TOLERANCE * Math.abs(label), RELATIVE_TOLERANCE * Math.abs(label));
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
