import type { AcceptedUnit, NumberFact, RefusedUnit } from '../domain/factDefinition';
import { convertUnit, isValidUcum } from '../units/ucum';

/**
 * The Chinese names of SI units (GB 3100), longest first, so that a unit written half in characters ("克/24h",
 * "mg/分升") meets its symbols without an alias for every mixture.
 */
const CHINESE_UNIT_NAMES: readonly [RegExp, string][] = [
  [/毫克/g, 'mg'],
  [/微克/g, 'ug'],
  [/克/g, 'g'],
  [/毫摩尔/g, 'mmol'],
  [/微摩尔/g, 'umol'],
  [/毫升/g, 'mL'],
  [/分升/g, 'dL'],
  [/升/g, 'L'],
  [/小时/g, 'h'],
  [/[天日]/g, 'd'],
];

/**
 * Spelling-blind key for unit text: "×10⁹/L", "x 10^9/L" and "x10*9/L" meet, and so do "µL" (micro
 * sign), "μL" (Greek mu) and "uL", and "克/升" and "g/L". Case is kept: "G/L" (giga per litre) is not "g/L" (grams).
 */
export function unitKey(text: string): string {
  const key = text
    .normalize('NFKC')
    .replace(/[µμ]/g, 'u')
    .replace(/×/g, 'x')
    .replace(/[\s^*]/g, '');
  return CHINESE_UNIT_NAMES.reduce((spelled, [name, symbol]) => spelled.replace(name, symbol), key);
}

/** The fact's accepted units, the canonical unit first (also when `accepts` leaves it out). */
export function acceptedUnits(fact: NumberFact): AcceptedUnit[] {
  const canonical = fact.accepts.find((a) => a.ucum === fact.unit) ?? { ucum: fact.unit, aliases: [] };
  return [
    { ...canonical, aliases: [...canonical.aliases, fact.unitLabel] },
    ...fact.accepts.filter((a) => a.ucum !== fact.unit),
  ];
}

/** The units messages offer (UCUM codes, canonical first): the accepted ones but those only Chinese notes write ("万"). */
export function offeredUnits(fact: NumberFact): string[] {
  return acceptedUnits(fact)
    .filter((u) => !u.onlyWhenWritten)
    .map((u) => u.ucum);
}

const spellings = (unit: AcceptedUnit) => [unit.ucum, ...unit.aliases].map(unitKey);

/**
 * The accepted units the text may name: by exact spelling, else ignoring case ("k/ul" for "K/uL") — unless
 * the text is itself a unit of another kind ("g/L", grams per litre, is not "G/L", 10^9 per litre).
 * More than one means the text is ambiguous; none means it is not a unit of this fact.
 */
export function lookupUnits(text: string, fact: NumberFact): AcceptedUnit[] {
  const units = acceptedUnits(fact);
  const key = unitKey(text);
  const exact = units.filter((u) => spellings(u).includes(key));
  if (exact.length > 0 || isOtherKindOfUnit(key, fact)) return exact;
  return units.filter((u) => spellings(u).some((s) => s.toLowerCase() === key.toLowerCase()));
}

/** An accepted spelling that differs from the text by letter case only, where the case changes the unit. */
export function caseLookalike(text: string, fact: NumberFact): string | undefined {
  const key = unitKey(text);
  if (!isOtherKindOfUnit(key, fact)) return undefined;
  return acceptedUnits(fact)
    .flatMap((u) => [u.ucum, ...u.aliases])
    .find((spelling) => unitKey(spelling).toLowerCase() === key.toLowerCase());
}

/** A unit the fact refuses, by any spelling, ignoring case: it looks like the fact's but measures something else. */
export function refusedUnit(text: string, fact: NumberFact): RefusedUnit | undefined {
  const key = unitKey(text).toLowerCase();
  return fact.refuses.find((r) => r.aliases.some((alias) => unitKey(alias).toLowerCase() === key));
}

/** A valid UCUM unit that does not convert to the fact's unit. */
function isOtherKindOfUnit(key: string, fact: NumberFact): boolean {
  if (!isValidUcum(key)) return false;
  try {
    convertUnit(1, key, fact.unit);
    return false;
  } catch {
    return true;
  }
}
