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

/** "8 mg", "1 g", "1.5 mg/day", "15 mg per week", "10 mg/kg"; a per-period in the unit is the frequency. */
export interface DosePhrase extends Span {
  amount: number | undefined;
  /** UCUM mass unit. */
  mass: 'mg' | 'g' | 'ug';
  /** A dose per kg of body weight, which the daily dose cannot be worked out from without the weight. */
  perKg: boolean;
  frequency?: Frequency;
}

export interface FrequencyPhrase extends Span {
  frequency: Frequency;
}

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

const DOSE = new RegExp(
  String.raw`(${NUMBER_PATTERN})\s*(mgs?|milligrams?|mcgs?|µg|μg|ug|micrograms?|grams?|gms?|g)${WORD_END}(\s*\/\s*kg${WORD_END})?` +
    String.raw`(?:\s*(?:\/\s*|\b(?:per|a|an|each)\s+)(days?|d|24\s*h(?:ours?|rs?)?|weeks?|wk|w)${WORD_END})?`,
  'giu',
);

/** Named frequencies; the first that matches at a position wins, so "twice a week" is not read as "a week". */
const NAMED: readonly { pattern: string; frequency: Frequency }[] = [
  { pattern: String.raw`twice\s+(?:a\s+|per\s+)?week(?:ly)?|biw`, frequency: { times: 2, per: 'wk' } },
  { pattern: String.raw`(?:once\s+)?(?:weekly|a\s+week|per\s+week|every\s+week|each\s+week)|qw`, frequency: { times: 1, per: 'wk' } },
  { pattern: String.raw`every\s+other\s+day|(?:on\s+)?alternate\s+days?|eod|qod`, frequency: { times: 1, per: '2.d' } },
  { pattern: String.raw`(?:twice|two\s+times|2\s*x)\s*(?:daily|a\s+day|per\s+day)|bid|b\.i\.d|bd`, frequency: { times: 2, per: 'd' } },
  { pattern: String.raw`(?:three\s+times|thrice|3\s*x)\s*(?:daily|a\s+day|per\s+day)|tid|t\.i\.d|tds`, frequency: { times: 3, per: 'd' } },
  { pattern: String.raw`(?:four\s+times|4\s*x)\s*(?:daily|a\s+day|per\s+day)|qid|q\.i\.d|qds`, frequency: { times: 4, per: 'd' } },
  { pattern: String.raw`(?:once\s+)?(?:daily|a\s+day|per\s+day|every\s+day|each\s+day)|qd|od|mane|nocte`, frequency: { times: 1, per: 'd' } },
  { pattern: String.raw`monthly|every\s+month|once\s+a\s+month`, frequency: { times: 1, per: 'mo' } },
];
const NAMED_FREQUENCY = new RegExp(`${WORD_START}(?:${NAMED.map((n) => `(${n.pattern})`).join('|')})\\.?${WORD_END}`, 'giu');
/** "every 6 months", "every 2 weeks", "q12h", "q8h". */
const EVERY = new RegExp(`${WORD_START}(?:every\\s+(\\d+)\\s*|q(\\d+)\\s*)(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)${WORD_END}`, 'giu');
const UCUM_TIME = { h: 'h', d: 'd', w: 'wk', m: 'mo' } as const;

export function findDoses(text: string): DosePhrase[] {
  return [...text.matchAll(DOSE)].map((m) => {
    const unit = m[2]!.toLowerCase();
    const mass = /^(?:mg|milli)/.test(unit) ? 'mg' : /^g/.test(unit) ? 'g' : 'ug';
    const period = m[4]?.toLowerCase();
    const frequency = period === undefined ? undefined : { times: 1, per: period.startsWith('w') ? 'wk' : 'd' };
    return { index: m.index, end: m.index + m[0].length, amount: readNumber(m[1]!), mass, perKg: m[3] !== undefined, frequency };
  });
}

/** The first frequency in the text, named ("bid", "weekly") or counted ("every 6 months", "q12h"). */
export function findFrequency(text: string): FrequencyPhrase | undefined {
  const named = [...text.matchAll(NAMED_FREQUENCY)].map((m) => {
    const which = NAMED[m.slice(1).findIndex((group) => group !== undefined)]!;
    return { index: m.index, end: m.index + m[0].length, frequency: which.frequency };
  });
  const counted = [...text.matchAll(EVERY)].map((m) => {
    const unit = UCUM_TIME[m[3]![0]!.toLowerCase() as keyof typeof UCUM_TIME];
    return { index: m.index, end: m.index + m[0].length, frequency: { times: 1, per: `${m[1] ?? m[2]}.${unit}` } };
  });
  return [...named, ...counted].sort((a, b) => a.index - b.index)[0];
}

const HOURS = { h: 1, d: 24, wk: 168, mo: 730.5 } as const;

/** Hours between two doses: "bid" 12, "every 2 weeks" 336, "q0h" 0. */
export function dosingIntervalHours({ times, per }: Frequency): number {
  const [, count, unit] = /^(?:(\d+)\.)?(h|d|wk|mo)$/.exec(per) ?? [];
  return (Number(count ?? 1) * HOURS[unit as keyof typeof HOURS]) / times;
}

/** A dose and its frequency as one UCUM rate: "15 mg weekly" → 15 mg/(wk), "1 g bid" → 2 g/(d). */
export function doseRate(amount: number, mass: DosePhrase['mass'], frequency: Frequency): { amount: number; unit: string } {
  return { amount: amount * frequency.times, unit: `${mass}/(${frequency.per})` };
}
