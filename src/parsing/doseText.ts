import { NUMBER_PATTERN, readNumber } from './numberText';

/** How often a dose is given: `times` per `per`, a UCUM time ("d", "wk", "12.h", "2.d"). */
export interface Frequency {
  times: number;
  per: string;
}

export interface Span {
  index: number;
  end: number;
}

/** A dose's unit: a mass, international units ("rhTPO 15000 U"), or tablets ("1 tab"), which say no amount of drug. */
export type DoseUnit = 'mg' | 'g' | 'ug' | 'U' | 'tab';

/** "8 mg", "1 g", "1.5 mg/day", "15 mg per week", "10 mg/kg", "375 mg/m2"; a per-period in the unit is the frequency. */
export interface DosePhrase extends Span {
  amount: number | undefined;
  unit: DoseUnit;
  /** A dose per kg of body weight or per m² of body surface, which the daily dose cannot be worked out from without them. */
  per?: 'kg' | 'm2';
  frequency?: Frequency;
}

export interface FrequencyPhrase extends Span {
  frequency: Frequency;
}

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

const DOSE = new RegExp(
  String.raw`(${NUMBER_PATTERN})\s*(mgs?|milligrams?|mcgs?|µg|μg|ug|micrograms?|grams?|gms?|g|IU|iu|U|units?|tabs?|tablets?|caps?|capsules?)${WORD_END}(?:\s*\/\s*(kg|m2|m²)${WORD_END})?` +
    String.raw`(?:\s*(?:\/\s*|\b(?:per|a|an|each)\s+)(days?|d|24\s*h(?:ours?|rs?)?|weeks?|wk|w)${WORD_END})?`,
  'giu',
);

/** Named frequencies; the first that matches at a position wins, so "twice a week" is not read as "a week". */
const NAMED: readonly { pattern: string; frequency: Frequency }[] = [
  { pattern: String.raw`twice\s+(?:a\s+|per\s+)?week(?:ly)?|biw`, frequency: { times: 2, per: 'wk' } },
  { pattern: String.raw`(?:three\s+times|thrice)\s+(?:a\s+|per\s+)?week|tiw`, frequency: { times: 3, per: 'wk' } },
  { pattern: String.raw`every\s+other\s+week|eow|fortnightly`, frequency: { times: 1, per: '2.wk' } },
  { pattern: String.raw`(?:once\s+)?(?:weekly|a\s+week|per\s+week|every\s+week|each\s+week)|q\.?\s?(?:week|wk)|qw`, frequency: { times: 1, per: 'wk' } },
  { pattern: String.raw`every\s+other\s+day|(?:on\s+)?(?:alternate|alt\.?)\s+days?|eod|qod`, frequency: { times: 1, per: '2.d' } },
  { pattern: String.raw`(?:twice|two\s+times|2\s*x)\s*(?:daily|a\s+day|per\s+day)|bid|b\.i\.d|bd`, frequency: { times: 2, per: 'd' } },
  { pattern: String.raw`(?:three\s+times|thrice|3\s*x)\s*(?:daily|a\s+day|per\s+day)|tid|t\.i\.d|tds`, frequency: { times: 3, per: 'd' } },
  { pattern: String.raw`(?:four\s+times|4\s*x)\s*(?:daily|a\s+day|per\s+day)|qid|q\.i\.d|qds`, frequency: { times: 4, per: 'd' } },
  { pattern: String.raw`(?:once\s+)?(?:daily|a\s+day|per\s+day|every\s+day|each\s+day)|qd|od|qn|mane|nocte`, frequency: { times: 1, per: 'd' } },
  { pattern: String.raw`monthly|every\s+month|once\s+a\s+month`, frequency: { times: 1, per: 'mo' } },
];
const NAMED_FREQUENCY = new RegExp(`${WORD_START}(?:${NAMED.map((n) => `(${n.pattern})`).join('|')})\\.?${WORD_END}`, 'giu');
/** "every 6 months", "every 2 weeks", "q12h", "q8h". */
const EVERY = new RegExp(`${WORD_START}(?:every\\s+(\\d+)\\s*|q(\\d+)\\s*)(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)${WORD_END}`, 'giu');
const UCUM_TIME = { h: 'h', d: 'd', w: 'wk', m: 'mo' } as const;

export function findDoses(text: string): DosePhrase[] {
  return [...text.matchAll(DOSE)].map((m) => {
    const period = m[4]?.toLowerCase();
    const frequency = period === undefined ? undefined : { times: 1, per: period.startsWith('w') ? 'wk' : 'd' };
    const per = m[3] === undefined ? undefined : m[3].toLowerCase() === 'kg' ? ('kg' as const) : ('m2' as const);
    return { index: m.index, end: m.index + m[0].length, amount: readNumber(m[1]!), unit: unitOf(m[2]!), ...(per ? { per } : {}), frequency };
  });
}

function unitOf(written: string): DoseUnit {
  const unit = written.toLowerCase();
  if (unit.startsWith('mg') || unit.startsWith('milli')) return 'mg';
  if (/^(?:mcg|µg|μg|ug|micro)/.test(unit)) return 'ug';
  if (unit.startsWith('g')) return 'g';
  if (/^(?:iu|u|units?)$/.test(unit)) return 'U';
  return 'tab';
}

/** Whether a dose in this unit has an amount of drug a daily dose in mg or g can be worked out from. */
export function isMass(unit: DoseUnit): unit is 'mg' | 'g' | 'ug' {
  return unit === 'mg' || unit === 'g' || unit === 'ug';
}

/** The frequencies in the text, in order: named ("bid", "weekly") or counted ("every 6 months", "q12h"). */
export function findFrequencies(text: string): FrequencyPhrase[] {
  const named = [...text.matchAll(NAMED_FREQUENCY)].map((m) => {
    const which = NAMED[m.slice(1).findIndex((group) => group !== undefined)]!;
    return { index: m.index, end: m.index + m[0].length, frequency: which.frequency };
  });
  const counted = [...text.matchAll(EVERY)].map((m) => {
    const unit = UCUM_TIME[m[3]![0]!.toLowerCase() as keyof typeof UCUM_TIME];
    return { index: m.index, end: m.index + m[0].length, frequency: { times: 1, per: `${m[1] ?? m[2]}.${unit}` } };
  });
  return [...named, ...counted].sort((a, b) => a.index - b.index);
}

const HOURS = { h: 1, d: 24, wk: 168, mo: 730.5 } as const;

/** Hours between two doses: "bid" 12, "every 2 weeks" 336, "q0h" 0. */
export function dosingIntervalHours({ times, per }: Frequency): number {
  const [, count, unit] = /^(?:(\d+)\.)?(h|d|wk|mo)$/.exec(per) ?? [];
  return (Number(count ?? 1) * HOURS[unit as keyof typeof HOURS]) / times;
}

/** A dose and its frequency as one UCUM rate: "15 mg weekly" → 15 mg/(wk), "1 g bid" → 2 g/(d). */
export function doseRate(amount: number, mass: 'mg' | 'g' | 'ug', frequency: Frequency): { amount: number; unit: string } {
  return { amount: amount * frequency.times, unit: `${mass}/(${frequency.per})` };
}
