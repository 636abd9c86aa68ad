import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, MedicationFact, NumberFact } from '../../../domain/factDefinition';
import type { FactValue, MedicationUse, NumberInterval } from '../../../domain/factValue';
import type { Bound, Quantity, UlnRatio } from '../../../domain/parseProblem';
import type { MedicineNote, Reading } from '../../../domain/reading';
import { choiceLabel, unitLabel } from '../../../engine/compileContext';
import { formatInterval, formatNumber } from '../../../text/formatNumber';
import { toCanonicalUnit } from '../../../units/factUnit';
import { days, duration, list, quote } from './format';
import { dailyDose, uses, value } from './values';

/** "> ", "≤ ": a bound before a number as typed. */
export function sign(bound: Bound | undefined): string {
  return bound === undefined ? '' : bound.side === 'above' ? (bound.strict ? '> ' : '≥ ') : bound.strict ? '< ' : '≤ ';
}

/** "> 45 ×10^3/µL (= > 45 ×10^9/L)", or just "85 g/L" when typed in the fact's own unit. */
export function quantity({ amount, unit, bound }: Quantity, fact: NumberFact): string {
  const typed = `${sign(bound)}${formatNumber(amount)} ${unitLabel(unit, fact)}`;
  if (unit === fact.unit) return typed;
  return `${typed} (= ${sign(bound)}${formatNumber(toCanonicalUnit(amount, unit, fact.unit, fact.accepts))} ${fact.unitLabel})`;
}

/** "80 U/L with ULN 40 U/L = 2 × ULN". */
export function ulnRatio({ amount, uln, unit, ratio, bound }: UlnRatio, fact: NumberFact): string {
  const withUnit = (n: number) => (unit ? `${formatNumber(n)} ${unit}` : formatNumber(n));
  return `${sign(bound)}${withUnit(amount)} with ULN ${withUnit(uln)} = ${sign(bound)}${formatNumber(ratio)} ${fact.unitLabel}`;
}

/** How an answer's words were read, echoed so the clinician can correct it: "Haemoglobin: 8.5 g/dL (= 85 g/L).". */
export function reading(w: CatalogWords, fact: FactDefinition, given: FactValue, read: Reading): string {
  const said = (text: string) => `${fact.label}: ${text}`;
  const recorded = value(w, fact, given) ?? (given.kind === 'unknown' ? 'unknown' : given.entered);
  switch (read.as) {
    case 'recorded':
      return said(recorded);
    case 'options':
      return said(`${recorded}${read.corrections.map((c) => ` (read ${quote(c.typed)} as ${choiceLabel(w, fact, c.code)})`).join('')}`);
    case 'dated': {
      if (given.kind !== 'date' || !given.value) return said(fact.type === 'date' && fact.noneLabel ? fact.noneLabel : recorded);
      return said(`${days(given.value)}${given.value.earliest === given.value.latest ? '' : ' (any day in that period)'}`);
    }
    case 'quantity':
    case 'uln': {
      if (fact.type !== 'number' || given.kind !== 'number') return said(recorded);
      const shown = read.as === 'quantity' ? quantity(read, fact) : ulnRatio(read.ratio, fact);
      const bound = read.as === 'quantity' ? read.bound : read.ratio.bound;
      const assumed = read.as === 'quantity' && read.unitAssumed ? ` No unit was given: read as ${unitLabel(read.unit, fact)}, the only plausible unit.` : '';
      const closed = bound?.strict
        ? ` Recorded as ${formatInterval(given.value)} ${fact.unitLabel}: the bound itself is included (a closed-interval approximation of ${bound.side === 'above' ? '>' : '<'}).`
        : '';
      return said(`${shown}.${assumed}${closed}`);
    }
    case 'total-less':
      return said(given.kind === 'number' && fact.type === 'number' ? `${formatInterval(given.value)} ${fact.unitLabel} (${formatNumber(read.total)} less ${formatNumber(read.items)} for the items it leaves out).` : recorded);
    case 'highest-of': {
      if (given.kind !== 'number' || fact.type !== 'number') return said(recorded);
      const shown = (v: NumberInterval) =>
        fact.normal && v.low === fact.normal[0] && v.high === fact.normal[1] ? 'normal' : `${formatInterval(v)} ${fact.unitLabel}`;
      return said(`${shown(given.value)} (${read.parts.map((p) => `${p.part} ${shown(p.value)}`).join('; ')})`);
    }
    case 'dated-choice':
      return said(`${recorded} (${days(read.latest)})`);
    case 'normal':
      return said(given.kind === 'number' && fact.type === 'number' ? `normal (${formatInterval(given.value)} ${fact.unitLabel})` : recorded);
    case 'medicines':
      if (fact.type !== 'medication' || given.kind !== 'medication') return said(recorded);
      return [said(`${uses(w, given.uses, fact)}.`), ...earlierDoses(w, given.uses, fact), ...read.notes.map((n) => medicineNote(w, fact, n))].join(' ');
    case 'no-medicines': {
      const none = fact.type === 'medication' ? `none in the last ${duration(fact.lookback)}` : recorded;
      if (read.stopped) return said(`${none} (stopped ${days(read.stopped)})`);
      return read.notes ? [said(`${none}.`), ...read.notes.map((n) => medicineNote(w, fact, n))].join(' ') : said(none);
    }
  }
}

/** The doses before the current one, as the confirmation card shows them ("earlier 20 mg/day from March 2026"). */
function earlierDoses(w: CatalogWords, given: readonly MedicationUse[], fact: MedicationFact): string[] {
  return given.flatMap((use) => {
    if (!use.earlierDoses?.length) return [];
    const doses = use.earlierDoses.map((d) => `${d.dailyDose ? dailyDose(d.dailyDose, fact) : (d.doseEntered ?? 'a dose not given')}${d.since ? ` from ${days(d.since)}` : ''}`);
    return [`Earlier doses of ${drug(w, use.drug)}, oldest first: ${doses.join(', ')}.`];
  });
}

const drug = (w: CatalogWords, code: string) => w.drugs.get(code)?.label ?? code;

/** What a medication answer said beside its medicines, and what of it was not recorded. */
export function medicineNote(w: CatalogWords, fact: FactDefinition, note: MedicineNote): string {
  switch (note.code) {
    case 'not-taken':
      return `Not taken: ${drug(w, note.drug)}.`;
    case 'not-asked':
      return `Not asked here, so not recorded: ${quote(note.typed)}.`;
    case 'read-as':
      return `Read ${quote(note.typed)} as ${drug(w, note.drug)}.`;
    case 'not-given':
      return `Not given for ${drug(w, note.drug)}: ${list(note.missing.map(missingPart), 'and')} — add if known.`;
    case 'unit-assumed':
      return `Read ${list(note.doses.map((d) => `${quote(d.amount)} as ${d.amount} ${d.unit}`), 'and')}, the unit ${drug(w, note.drug)} is dosed in.`;
    case 'frequency-assumed':
      return `A dose given without how often is read as ${note.daily ? 'the day’s dose' : 'taken as often as the dose beside it'}.`;
    case 'not-understood':
      return `Not understood, so not recorded: ${note.words.map(quote).join(', ')}.`;
    case 'planned':
      return `Planned, refused, an allergy or not yet started, so not recorded: ${list(note.drugs.map((d) => drug(w, d)), 'and')}.`;
    case 'stopped-before-period':
      return `Stopped before the last ${fact.type === 'medication' ? duration(fact.lookback) : ''}, so not recorded: ${list(note.drugs.map((d) => drug(w, d)), 'and')}.`;
  }
}

function missingPart(part: Extract<MedicineNote, { code: 'not-given' }>['missing'][number]): string {
  switch (part.what) {
    case 'dose':
      return 'the dose';
    case 'started':
      return 'when it was started';
    case 'stopped':
      return 'when it was stopped';
    case 'per-body':
      return `a dose in mg (${quote(part.entered)} is per ${part.per === 'm2' ? 'm² of body surface' : 'kg of body weight'}, so the daily dose is unknown)`;
    case 'not-mass':
      return `a dose in mg (${quote(part.entered)} says no amount of drug, so the daily dose is unknown)`;
    case 'no-frequency':
      return `how often ${part.entered} is taken (so the daily dose is unknown)`;
    case 'as-needed':
      return `how much is taken a day (${quote(part.entered)} is taken when needed)`;
  }
}
