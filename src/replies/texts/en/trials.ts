import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDetail } from '../../../domain/detail';
import type { Contact, TrialRecord } from '../../../domain/trialRecord';
import type { CriterionResult, StatusReport, StatusWarning, TrialResult, Verdict } from '../../../engine/result';
import { contactText, decidingEvidence, shownSource, siteText, shownNumber } from '../../../report/results';
import { byCode } from '../byCode';
import { drugOf, factOf } from '../lookup';
import { duration, isoDay } from './format';
import { test } from './evidence';
import { value } from './values';

/** How a trial, its criteria, its status and its contacts are named. */

export const verdictLabels: Record<Verdict, string> = {
  eligible: 'May be eligible',
  ineligible: 'Not eligible',
  'needs-info': 'More information needed',
};

/** The heading over a result's deciding criteria. */
export const decidingTitles: Record<Verdict, string> = {
  eligible: 'Criteria met',
  ineligible: 'Ruled out by',
  'needs-info': 'Still open',
};

/** A study named in passing: its acronym, else its brief title. */
export function shortName(w: CatalogWords, result: TrialResult): string {
  const { titles } = w.trial(result.trialId);
  return titles.acronym ?? titles.brief;
}

export function trialName(w: CatalogWords, result: TrialResult): string {
  const { titles } = w.trial(result.trialId);
  const name = titles.acronym ? `${titles.acronym}: ${titles.brief}` : titles.brief;
  return `${name} (${result.record.registryId ?? 'no registry id in source'})`;
}

/** "Inclusion D1 — met: “…”": the criterion's kind and id, how it stands when said, and its sentence as the source prints it. */
export function criterionHeading(_w: CatalogWords, _trialId: string, criterion: CriterionResult, state?: string): string {
  return `${criterion.kind === 'inclusion' ? 'Inclusion' : 'Exclusion'} ${shownNumber(criterion)}${state ? ` — ${state}` : ''}: “${shownSource(criterion)}”`;
}

/** How the source's garbled sentence is read. */
export const interpretation = (w: CatalogWords, trialId: string, criterion: CriterionResult): string | undefined => w.trial(trialId).criterion(criterion.id).interpretation;

/** A criterion only the investigator can confirm, with what to confirm and the source sentence. */
export function toConfirmText(w: CatalogWords, trialId: string, criterion: CriterionResult): string {
  return `${shownNumber(criterion)}: ${confirmOnly(w, trialId, criterion)} (“${shownSource(criterion)}”)`;
}

/** What to confirm at screening of a criterion left to the investigator. */
export const confirmOnly = (w: CatalogWords, trialId: string, criterion: CriterionResult): string => w.trial(trialId).criterion(criterion.id).confirmOnly ?? criterion.confirmOnly ?? '';

/**
 * One line saying why a trial is ruled out, for brief lists: the criterion and what it tests, with the patient's
 * value ("inclusion I1 — Age 18–65 years; patient: 70 years"); its sentence when no value decided it.
 */
export function exclusionReason(w: CatalogWords, result: TrialResult): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const why = evidence ? `${test(w, evidence.test)}; patient: ${value(w, factOf(w, evidence.fact), evidence.value) ?? 'not asked yet'}` : `“${shownSource(criterion)}”`;
  return `${criterion.kind} ${shownNumber(criterion)} — ${why}`;
}

/** "exclusion E4, Haemoglobin: 8.5 g/dL": the deciding criterion and the patient's value. */
export function decidingValue(w: CatalogWords, result: TrialResult): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const which = `${criterion.kind} ${shownNumber(criterion)}`;
  return evidence ? `${which}, ${factOf(w, evidence.fact).label}: ${value(w, factOf(w, evidence.fact), evidence.value) ?? 'not asked yet'}` : which;
}

/** Whom to call: central contacts, else site contacts, else the sponsor. */
export function whomToContact(_w: CatalogWords, result: TrialResult): string[] {
  const { contacts, sites, sponsor } = result.record;
  if (contacts.length > 0) return contacts.map(contactText);
  const siteContacts = sites.flatMap((s) => s.contacts.map((c) => `${contactText(c)} (${s.name})`));
  if (siteContacts.length > 0) return siteContacts;
  // No one named: whom to ask instead, the sponsor and the site the source names.
  return [`No contact in the source; lead sponsor: ${sponsor.lead}${sites[0] ? `; site: ${siteText(sites[0])}` : ''}`];
}

/** A contact on one line; a site's contact names the site. */
export function contactLine(contact: Contact, site?: string): string {
  return `Contact: ${contactText(contact)}${site ? ` (${site})` : ''}`;
}

/** A study whose source names no contact: whom to ask instead, and how. */
export function noContactText(record: TrialRecord): string {
  const site = record.sites[0];
  const where = site ? [site.city, site.country].filter(Boolean).join(', ') : '';
  const ask = site ? `its lead sponsor, ${record.sponsor.lead}, or the study site, ${site.name}${where ? ` (${where})` : ''}` : `its lead sponsor, ${record.sponsor.lead}`;
  const registry = record.registryId ? ` The registry record (${record.registryId}) may list newer contacts.` : '';
  return `No contact is listed for this study. Ask ${ask}: the trial office can be reached through the switchboard.${registry}`;
}

const CONFIRM = 'status may be out of date — confirm with the contact';

/** Why a recorded status may no longer be true. */
export const warningTexts: { [C in StatusWarning['code']]: (w: CatalogWords, warning: Extract<StatusWarning, { code: C }>) => string } = {
  'doubtful-status': (_w, { status }) => `the registry lists the status as "${status}": ${CONFIRM}`,
  'no-update-date': () => `the source gives no date of last update or verification: ${CONFIRM}`,
  'old-update': (_w, { label, date, day }) => `${label} ${date}, more than 12 months before ${isoDay(day)}: ${CONFIRM}`,
  'completion-passed': (_w, { label, date }) => `${label} (${date}) has passed: ${CONFIRM}`,
};

/** The recruitment status as the registry records it. */
export const recordedStatus = (status: StatusReport): string => status.recorded;

/** The recorded recruitment status with the date it was recorded as of. */
export function statusText(status: StatusReport): string {
  return `${recordedStatus(status)}${status.asOf ? ` (${status.asOf.label} ${status.asOf.date})` : ''}`;
}

/** The recorded status with its staleness warnings, for one-line summaries. */
export function statusWithWarnings(w: CatalogWords, status: StatusReport): string {
  return `${recordedStatus(status)}${status.warnings.length > 0 ? ` — ${status.warnings.map((s) => byCode(warningTexts, w, s)).join('; ')}` : ''}`;
}

/** The recorded recruitment status, said in one line; its warnings are behind "Show criteria". */
export function statusLine(status: StatusReport): string {
  return `Status: ${recordedStatus(status)}${status.warnings.length > 0 ? ' — may be out of date, confirm with the contact' : ''}.`;
}

/** A detail of an answer named for a list: "start of azathioprine", "highest daily dose of prednisone in the last 3 months". */
export function detailLabel(w: CatalogWords, { fact, detail }: FactDetail): string {
  const drug = 'drug' in detail ? drugOf(w, detail.drug) : '';
  switch (detail.kind) {
    case 'started':
      return `start of ${drug}`;
    case 'stopped':
      return `stop of ${drug}`;
    case 'dose':
      return `daily dose of ${drug}`;
    case 'doseSince':
      return `when the dose of ${drug} last changed`;
    case 'route':
      return `route of ${drug}`;
    case 'highestDose':
      return `highest daily dose of ${drug} in the last ${duration(detail.within)}`;
    case 'exactDate':
      return `exact date: ${factOf(w, fact).label}`;
    case 'exactValue':
      return `exact value: ${factOf(w, fact).label}`;
  }
}
