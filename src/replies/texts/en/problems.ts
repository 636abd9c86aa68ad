import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, NumberFact } from '../../../domain/factDefinition';
import type { ParseProblem, ParseProblemCode } from '../../../domain/parseProblem';
import { choiceLabel, unitLabel } from '../../../engine/compileContext';
import { offeredUnits, refusedUnit } from '../../../parsing/units';
import { formatNumber } from '../../../text/formatNumber';
import { coveredDrugs, drugOf, factIn, factOf, optionLabels } from '../lookup';
import { capitalised, day, days, duration, list, quote } from './format';
import { medicineNote, quantity, ulnRatio } from './readings';
import { doseUnit } from './values';

/** A message for each problem code, given the problem's parameters and the catalog in the language. */
export type ProblemTexts = { [C in ParseProblemCode]: (w: CatalogWords, problem: Extract<ParseProblem, { code: C }>) => string };

const DATE_FORMS = 'a date (“15 March 2026”, “March 2026”, “2019”) or a time ago (“6 weeks ago”)';

/** A number fact's label and what it can be given in; the fact as a boolean named by its id when unknown. */
const numberFact = (w: CatalogWords, id: string): NumberFact =>
  factIn(w, id, 'number') ?? { ...factOf(w, id), type: 'number', unit: '1', unitLabel: '', accepts: [], refuses: [], plausible: [0, 0] };

function unitsAccepted(fact: NumberFact): string {
  return `${fact.label} can be given in ${list(offeredUnits(fact).map((u) => unitLabel(u, fact)))}`;
}

const plausibleRange = (fact: NumberFact) => `${formatNumber(fact.plausible[0])}–${formatNumber(fact.plausible[1])} ${fact.unitLabel}`;

function examples(w: CatalogWords, fact: FactDefinition): string {
  return `This question covers ${fact.label} (e.g. ${list(coveredDrugs(w, fact).slice(0, 4).map((d) => d.label))}); or answer “none”.`;
}

const lookback = (fact: FactDefinition) => (fact.type === 'medication' ? duration(fact.lookback) : '');
const withArticle = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
const roleNames = { started: 'start dates', doseSince: 'dates of the last dose change', stopped: 'stop dates' } as const;

export const problemTexts: ProblemTexts = {
  empty: () => 'Please type an answer, or “unknown” if it is not known.',
  'too-long': (_w, { max }) => `That answer is too long (over ${max} characters); please answer in a line or two.`,
  'part-only': (w, { entered, fact }) => `${quote(entered)} covers only part of the question (${factOf(w, fact).label}); please answer for all of it, or “unknown”.`,
  'which-question': (_w, { entered }) =>
    `I could not tell which of these questions ${quote(entered)} answers. Please type each answer with its name (e.g. “plt 185, Hb 9.6 g/dL”), use the card’s fields, or answer “unknown”.`,
  'yes-no': (w, { fact }) => `Please answer yes, no, or unknown (${factOf(w, fact).label}).`,
  'says-what-not': (w, { entered, fact }) => `${quote(entered)} says what it is not; please choose what it is: ${list(optionLabels(w, factOf(w, fact)))}.`,
  'unknown-choice': (w, { entered, fact }) => `I did not recognise ${quote(entered)}. Please choose one of: ${list(optionLabels(w, factOf(w, fact)))}.`,
  'which-choice': (w, { fact, codes, item }) => `${item === undefined ? '' : `${quote(item)}: `}Did you mean ${list(optionLabels(w, factOf(w, fact), codes))}?`,
  'name-options': (w, { fact }) => {
    const f = factOf(w, fact);
    return `Please name what applies — ${list(optionLabels(w, f))} — or say “${f.type === 'set' ? f.noneLabel : 'none'}”.`;
  },
  'unknown-option': (w, { item, fact }) => {
    const f = factOf(w, fact);
    return `I did not recognise ${quote(item)}. The options are: ${list(optionLabels(w, f), 'and')} — or “${f.type === 'set' ? f.noneLabel : 'none'}”.`;
  },
  'give-value': (w, { fact }) => `Then please give ${factOf(w, fact).label} as you know it, or “unknown”.`,
  'name-them': (w, { fact }) => `Then please name them (${factOf(w, fact).label}).`,
  negative: (w, { entered, fact }) => `${factOf(w, fact).label} cannot be negative, and ${quote(entered)} has a minus sign. Please give the value without it, or “unknown”.`,
  'no-number': (w, { fact }) => `Please give a number for ${factOf(w, fact).label}. ${unitsAccepted(numberFact(w, fact))}.`,
  'several-numbers': (w, { entered, fact }) => `I found more than one number in ${quote(entered)}; please give one value for ${factOf(w, fact).label}.`,
  'unreadable-number': (_w, { text }) => `I could not read ${quote(text)} as a number (write e.g. 8.5 or 45000).`,
  'unknown-unit': (w, { unit, fact, lookalike }) => {
    const hint = lookalike ? ` It is a unit of another kind than ${quote(lookalike)}: letter case matters (g/L is grams per litre, G/L 10^9 per litre).` : '';
    return `I did not recognise the unit ${quote(unit)}.${hint} ${unitsAccepted(numberFact(w, fact))}.`;
  },
  'not-exact': (_w, { entered }) => `${quote(entered)} is not an exact value. Please give the value as measured, a bound (e.g. “> 40”), or “unknown”.`,
  'foreign-words': (w, { entered, words, fact }) =>
    `I could not tell whether the number in ${quote(entered)} is ${factOf(w, fact).label}: ${quote(words)} came before it. Please give the value alone, or “unknown”.`,
  'refused-unit': (w, { unit, fact }) => {
    const f = numberFact(w, fact);
    return refusedUnit(unit, f)?.because ?? `${quote(unit)} is not a unit of ${f.label}. ${unitsAccepted(f)}.`;
  },
  'implausible-anywhere': (w, { amount, fact }) => {
    const f = numberFact(w, fact);
    return `${formatNumber(amount)} is outside the plausible range of ${f.label} (${plausibleRange(f)}) in every accepted unit. Please check the value and add its unit.`;
  },
  'decimal-slip': (w, { amount, fact, readings }) => {
    const f = numberFact(w, fact);
    return `${formatNumber(amount)} ${f.unitLabel} is outside the plausible range of ${f.label} (${plausibleRange(f)}); did you mean ${list(readings.map((r) => quantity(r, f)))}? Please add the unit.`;
  },
  'which-reading': (w, { fact, readings }) => `Did you mean ${list(readings.map((r) => quantity(r, numberFact(w, fact))))}? Please add the unit.`,
  'which-unit': (w, { unit, fact, units }) => `Which unit is ${quote(unit)}: ${list(units.map((u) => unitLabel(u, numberFact(w, fact))))}?`,
  implausible: (w, { fact, reading }) => {
    const f = numberFact(w, fact);
    const shown = 'ratio' in reading ? ulnRatio(reading, f) : quantity(reading, f);
    return `${shown} is outside the plausible range of ${f.label} (${plausibleRange(f)}). Please check the value and its unit.`;
  },
  'uln-two-numbers': () => 'Please give the value and the laboratory\'s upper limit of normal as two numbers, e.g. “80 U/L, ULN 40”.',
  'uln-missing': (_w, { entered, amount }) =>
    `${quote(entered)} gives the value without the laboratory's upper limit of normal. Please add the ULN (e.g. “${formatNumber(amount)} U/L, ULN 40”), or give it as a multiple (e.g. “1.4 × ULN”) or “normal”.`,
  'total-unsettled': (w, { entered, fact }) =>
    `${quote(entered)} gives the total, not how many of its points “${factOf(w, fact).label}” leaves out; please give that score, or the points to leave out.`,
  'parts-needed': (w, { fact }) => {
    const f = factIn(w, fact, 'number');
    return `Please give the value of each of ${list((f?.highestOf ?? []).map((p) => p.part), 'and')} relative to its upper limit of normal, or “normal”.`;
  },
  'part-unread': (_w, { entered, part }) => `I could not read the ${part} in ${quote(entered)}: please give its value relative to its upper limit of normal.`,
  'part-twice': (_w, { part }) => `The ${part} is given twice, with different values; please give one.`,
  'parts-missing': (_w, { parts }) =>
    `${capitalised(list(parts.map((p) => `the ${p}`), 'and'))} ${parts.length > 1 ? 'are' : 'is'} not given: please give ${parts.length > 1 ? 'each' : 'it'} relative to its upper limit of normal, or “normal”.`,
  'dated-not-over': (w, { entered, fact, ifOver }) => `${quote(entered)} gives when, but not whether it is over: is it ${choiceLabel(w, factOf(w, fact), ifOver).toLowerCase()}, or still active?`,
  'dated-across': (w, { entered, fact, limit, recent, earlier }) => {
    const f = factOf(w, fact);
    return `${quote(entered)} gives dates on both sides of ${day(limit)}, or one across it: is it ${choiceLabel(w, f, recent).toLowerCase()}, or ${choiceLabel(w, f, earlier).toLowerCase()}?`;
  },
  'period-needed': (_w, { entered }) => `${quote(entered)} does not say over which period: please give it (e.g. “2019–2023”, “since 2019”).`,
  'all-within': (_w, { entered, before }) => `${quote(entered)} is all within the last ${duration(before)}; was anything taken before?`,
  'period-imprecise': (_w, { entered, from, over }) => `${quote(entered)}: from ${days(from)} it may be more or less than ${duration(over)}; please give the dates more precisely.`,
  'cause-in-doubt': (w, { entered, fact, of, form }) => {
    const f = factOf(w, fact);
    return `${quote(entered)} gives a cause in doubt: is it ${choiceLabel(w, f, of)}, or ${choiceLabel(w, f, form)}?`;
  },
  'needs-qualifier': (w, { item, fact }) => {
    const f = factOf(w, fact);
    const name = f.names.find((n): n is string => typeof n === 'string') ?? f.label;
    return `${quote(item)} does not say whether it is ${name}; please say so (e.g. “${name} ${item}”), or “${f.type === 'set' ? f.noneLabel : 'none'}”.`;
  },
  'reversed-period': (_w, { text }) => `${quote(text)} ends before it starts; please give the dates in order.`,
  'period-ended': (_w, { text }) => `${quote(text)} is a period that has ended, not since when: please give the date it began, or say that it is over.`,
  'other-owner': (w, { entered, fact, facts, options }) => {
    const named = [...facts.map((id) => factOf(w, id).label), ...(options ? options.codes.map((code) => choiceLabel(w, factOf(w, options.of), code)) : [])];
    return `${quote(entered)} names ${list(named.map((n) => `“${n}”`), 'and')}, so the date may be of that. Please give the date for “${factOf(w, fact).label}” alone, or “unknown”.`;
  },
  'uln-same-unit': (_w, { valueUnit, ulnUnit }) => `The value (${valueUnit}) and the ULN (${ulnUnit}) must be in the same unit, or give the multiple of ULN directly (e.g. “1.2 × ULN”).`,
  'date-needed': (w, { fact }) => `${factOf(w, fact).label} needs a date: ${DATE_FORMS}.`,
  'no-date': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `I could not read a date in ${quote(entered)}. Please give ${DATE_FORMS}${f.type === 'date' && f.noneLabel ? `, or “${f.noneLabel}”` : ''}.`;
  },
  'several-dates': (w, { entered, fact }) => `I found more than one date in ${quote(entered)}; please give one date for ${factOf(w, fact).label}.`,
  'stray-number': (w, { number, entered, fact }) => `I could not tell what ${quote(number)} is in ${quote(entered)}; please give one date for ${factOf(w, fact).label}: ${DATE_FORMS}.`,
  'before-birth': (_w, { text, age, born }) => `${quote(text)} is before the patient was born (aged ${formatNumber(age)}, so born ${day(born)} or later); please check the date.`,
  'implausible-date': (_w, { text }) => `${quote(text)} is not a plausible date.`,
  'date-readings': (_w, { text, readings }) => `${quote(text)} could be ${list(readings.map(days), 'or')}. Please write the month as a word and the year in full (e.g. “3 April 2026”).`,
  'date-bound': (_w, { text }) => `${quote(text)} is a bound, not a date. Please give the date as closely as it is known (e.g. “6 weeks ago”, “March 2026”), or “unknown”.`,
  'future-date': (_w, { text }) => `${quote(text)} is in the future; please give a past date.`,
  'now-only': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `${quote(entered)} says what is taken now; the question covers the last ${lookback(f)}. Were any ${f.label.toLowerCase()} taken in that time? Name them, or answer “none”.`;
  },
  'period-part-only': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `${quote(entered)} covers only part of the question (${f.label} in the last ${lookback(f)}, at any dose); please answer for all of it, or “unknown”.`;
  },
  'which-drug': (w, { text, drugs }) => `${quote(text)}: did you mean ${list(drugs.map((d) => drugOf(w, d)))}?`,
  'no-medicine': (w, { text, fact }) => `I did not recognise a medicine in ${quote(text)}. ${examples(w, factOf(w, fact))}`,
  'name-medicines': (w, { fact }) => `Please name the medicines, or answer “none”. ${examples(w, factOf(w, fact))}`,
  'not-in-class': (w, { typed, drug, fact }) => {
    const f = factOf(w, fact);
    const classes = f.type === 'medication' ? f.classes.map((c) => withArticle(w.drugClass(c))) : [];
    return `${quote(typed)} (${drugOf(w, drug)}) is not ${list(classes)}. ${examples(w, f)}`;
  },
  'stopped-about-lookback': (w, { drug, fact, day: start }) =>
    `Was ${drugOf(w, drug)} stopped before ${day(start)}, more than ${lookback(factOf(w, fact))} ago? Please give the month it was stopped.`,
  'nothing-in-period': (w, { fact, notTaken, historical }) => {
    const f = factOf(w, fact);
    const notes = [
      ...(notTaken.length > 0 ? [medicineNote(w, f, { code: 'planned', drugs: notTaken })] : []),
      ...(historical.length > 0 ? [medicineNote(w, f, { code: 'stopped-before-period', drugs: historical })] : []),
    ];
    return `${notes.join(' ')} Has the patient taken any ${f.label.toLowerCase()} in the last ${lookback(f)}? Name them with their doses, or answer “none”.`;
  },
  'name-class': (w, { className, fact }) => `Please name the ${className} (${factOf(w, fact).label}) with their doses, or answer “none”.`,
  'class-stop-when': (w, { className, fact }) => `When were the ${className} stopped? If it was before the last ${lookback(factOf(w, fact))}, the answer is “none”.`,
  'class-stopped-within': (w, { className, fact, stopped }) =>
    `The ${className} were stopped ${days(stopped)}, within the last ${lookback(factOf(w, fact))}: please name them, with their doses and when they were stopped.`,
  'negative-dose': (w, { drug }) => `A dose is never negative, and the answer about ${drugOf(w, drug)} has a minus sign; please give it without.`,
  'unread-dose': (w, { text, drug, usual }) =>
    `I could not read ${quote(text)} in the answer about ${drugOf(w, drug)}: give the dose with its unit (e.g. “${usual ? `${formatNumber(usual.amount)} ${usual.unit}` : '10 mg daily'}”) and dates such as “since March 2026”.`,
  'unread-negation': (w, { drug, unread }) =>
    `The answer about ${drugOf(w, drug)} has a negation I could not read (${unread.map(quote).join(', ')}): is it taken, or was it stopped? Please say which, with the dose and dates.`,
  'not-plain': (w, { drug }) =>
    `The answer about ${drugOf(w, drug)} says what is planned, possible or refused rather than what is taken; please say whether the patient takes it now (the dose and since when) or when it was stopped.`,
  'which-route': (w, { drug, routes }) => `Which route is ${drugOf(w, drug)} given by: ${list(routes)}?`,
  'several-doses': (w, { drug, doses }) =>
    `I found more than one dose for ${drugOf(w, drug)} (${list(doses.map(quote), 'and')}); which is taken now? Earlier doses can be added as “was 20 mg until May”.`,
  'which-current-dose': (w, { drug, doses }) => `Which dose of ${drugOf(w, drug)} is taken now: ${list(doses.map(quote))}?`,
  'only-earlier-dose': (w, { drug, doses }) => `The answer gives only an earlier dose of ${drugOf(w, drug)} (${list(doses.map(quote), 'and')}): what is taken now, or when was it stopped?`,
  'still-given': (w, { drug, latest }) => `Is ${drugOf(w, drug)} still given, with ${days(latest)} the latest dose, or was that the last one? Please add “ongoing” or “stopped”.`,
  'when-given': (w, { drug }) => `When was ${drugOf(w, drug)} given? e.g. “in August”, “last dose 14 August”, or “since 3 November” if it goes on.`,
  'taken-for': (w, { drug }) => `${drugOf(w, drug)} was taken “for” a time and stopped: please give when it was started and when it was stopped.`,
  'stopped-before-started': (w, { drug, stopped, started }) => `${drugOf(w, drug)} cannot have been stopped (${days(stopped)}) before it was started (${days(started)}).`,
  'dose-not-number': (w, { drug }) => `I could not read the dose of ${drugOf(w, drug)} as a number.`,
  'dose-estimate': (w, { text, drug }) =>
    `${quote(text)} of ${drugOf(w, drug)} is given as an estimate; please give the dose as prescribed, a bound (e.g. “< 10 mg daily”), or leave the dose out.`,
  'zero-dose': (w, { amount, unit, drug }) => `A dose of ${formatNumber(amount)} ${unit} of ${drugOf(w, drug)} is not a dose: leave the medicine out if it is not taken, or answer “none”.`,
  'zero-frequency': (w, { drug }) => `A dose every 0 hours or days is not a frequency; how often is ${drugOf(w, drug)} taken (e.g. “daily”, “bid”, “every 2 weeks”)?`,
  'too-rare': (w, { drug, fact }) =>
    `A dose of ${drugOf(w, drug)} less than once in ${lookback(factOf(w, fact))} is not a regular dose; how often is it taken (e.g. “daily”, “every 2 weeks”)?`,
  'dose-above-max': (w, { daily, max, fact, drug, drugClass }) => {
    const f = factIn(w, fact, 'medication');
    const unit = f ? doseUnit(f) : '';
    return `${formatNumber(daily)} ${unit} of ${drugOf(w, drug)} is above the highest plausible daily dose of ${withArticle(w.drugClass(drugClass))} (${formatNumber(max)} ${unit}); please check the dose and its unit.`;
  },
  'start-stop-together': (w, { text, drug }) => `Please give the start and the stop of ${drugOf(w, drug)} separately, e.g. “since January 2026, stopped March 2026”, rather than ${quote(text)}.`,
  restarted: (w, { drug }) => `Was ${drugOf(w, drug)} stopped and started again? Please give the current course only: its dose now, since when, and the doses before it.`,
  'dose-change-when': (w, { text, drug, dose }) => `Does ${quote(text)} say when the dose of ${drugOf(w, drug)} changed from ${quote(dose)}? Please add e.g. “reduced from 20 mg in March”.`,
  'two-dates-for-dose': (w, { dose, drug }) => `I found two dates for ${quote(dose)} of ${drugOf(w, drug)}; please give one.`,
  'two-dates': (w, { role, drug }) => `I found two ${roleNames[role]} for ${drugOf(w, drug)}; please give one.`,
  'two-course-dates': (w, { drug }) => `I found two dates for the course of ${drugOf(w, drug)}; please give when it was started and when it was stopped.`,
  'start-or-stop': (w, { text, drug }) => `Does ${quote(text)} say when ${drugOf(w, drug)} was started, or when it was stopped? Please add “since” or “stopped”.`,
  'dose-since-when': (w, { drug }) => `Since when has ${drugOf(w, drug)} been taken at this dose? e.g. “March 2026”, “3 weeks ago”.`,
  'daily-dose-needed': (w, { drug }) => `Please give the daily dose of ${drugOf(w, drug)} with its unit and how often it is taken, e.g. “10 mg daily”, “500 mg twice daily”.`,
  'highest-dose-needed': (w, { drug }) => `What was the highest daily dose of ${drugOf(w, drug)}? e.g. “20 mg”.`,
  'one-daily-dose': (w, { drug }) => `Please give one daily dose of ${drugOf(w, drug)} with its unit, e.g. “20 mg”, or “the current dose”.`,
  'route-needed': (w, { drug }) => `How is ${drugOf(w, drug)} given: orally, intravenously, subcutaneously…?`,
  'one-date': (w, { drug }) => `Please give one date for ${drugOf(w, drug)}, e.g. “March 2026”, “3 weeks ago”, or “unknown”.`,
  'changed-before-started': (w, { drug, doseSince, started }) => `The dose of ${drugOf(w, drug)} cannot have changed (${days(doseSince)}) before it was started (${days(started)}).`,
};
