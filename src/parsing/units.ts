import type { AcceptedUnit, NumberFact } from '../domain/factDefinition';
import { unitLabel } from '../engine/compileContext';

/**
 * Spelling-blind key for unit text: "×10⁹/L", "x 10^9/L" and "x10*9/L" meet, and so do "µL" (micro
 * sign), "μL" (Greek mu) and "uL". Case is kept: "G/L" (giga per litre) is not "g/L" (grams).
 */
export function unitKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[µμ]/g, 'u')
    .replace(/×/g, 'x')
    .replace(/[\s^*]/g, '');
}

/** The fact's accepted units, the canonical unit first (also when `accepts` leaves it out). */
export function acceptedUnits(fact: NumberFact): AcceptedUnit[] {
  const canonical = fact.accepts.find((a) => a.ucum === fact.unit) ?? { ucum: fact.unit, aliases: [] };
  return [
    { ...canonical, aliases: [...canonical.aliases, fact.unitLabel] },
    ...fact.accepts.filter((a) => a.ucum !== fact.unit),
  ];
}

/** How a unit reads in messages: the canonical label, else the unit's first alias. */
export function unitName(unit: AcceptedUnit, fact: NumberFact): string {
  return unitLabel(unit.ucum, fact);
}

/**
 * The accepted units the text may name: by exact spelling, else ignoring case ("k/ul" for "K/uL").
 * More than one means the text is ambiguous; none means it is not a unit of this fact.
 */
export function lookupUnits(text: string, fact: NumberFact): AcceptedUnit[] {
  const units = acceptedUnits(fact);
  const key = unitKey(text);
  const spellings = (unit: AcceptedUnit) => [unit.ucum, ...unit.aliases].map(unitKey);
  const exact = units.filter((u) => spellings(u).includes(key));
  return exact.length > 0 ? exact : units.filter((u) => spellings(u).some((s) => s.toLowerCase() === key.toLowerCase()));
}
