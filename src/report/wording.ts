import type { Contact, Site } from '../domain/trialRecord';
import type { Vocabulary } from '../engine/compileContext';
import type { CriterionResult, Evidence, Inference, StatusReport, TrialResult, Verdict } from '../engine/result';
import { describeDays, formatDay } from '../dates/calendar';
import { normaliseSourceText } from '../catalog/sourceText';

/** The words every channel (CLI, chat text, cards) uses for results, kept in one place. */
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

/** A fact's label from the catalog, for lists of facts; the id if the catalog has no such fact. */
export function factLabel(vocabulary: Vocabulary, fact: string): string {
  return vocabulary.facts.get(fact)?.label ?? fact;
}

/** The recorded recruitment status with the date it was recorded as of. */
export function statusText(status: StatusReport): string {
  return `${status.recorded}${status.asOf ? ` (${status.asOf.label} ${status.asOf.date})` : ''}`;
}

/** The recorded status with its staleness warnings, for one-line summaries. */
export function statusWithWarnings(status: StatusReport): string {
  return `${status.recorded}${status.warnings.length > 0 ? ` — ${status.warnings.join('; ')}` : ''}`;
}

/** A criterion's sentence as the source prints it, without the escapes a registry page added ("10\^9/L", "eGFR\<40"). */
export function shownSource(criterion: { source: string }): string {
  return normaliseSourceText(criterion.source);
}

/** A criterion only the investigator can confirm, with what to confirm and the source sentence. */
export function toConfirmText(criterion: CriterionResult): string {
  return `${criterion.id}: ${criterion.confirmOnly} (“${shownSource(criterion)}”)`;
}

/** A study named in passing: its acronym, else its brief title. */
export function shortName(result: TrialResult): string {
  return result.record.titles.acronym ?? result.record.titles.brief;
}

export function trialName(result: TrialResult): string {
  const { titles, registryId } = result.record;
  const name = titles.acronym ? `${titles.acronym}: ${titles.brief}` : titles.brief;
  return registryId ? `${name} (${registryId})` : `${name} (no registry id in source)`;
}

/** The patient's value beside what a criterion tests: "Platelet count < 100 ×10^9/L — patient: 48 ×10^9/L". */
export function evidenceText(evidence: Evidence, vocabulary: Vocabulary): string {
  const value = evidence.value ?? (evidence.answeredUnknown ? 'answered unknown' : evidence.missing ? 'not asked yet' : 'not known');
  const inferred = evidence.inferred?.map((i) => inferenceText(i, vocabulary)) ?? [];
  return `${evidence.test} — patient: ${value}${inferred.length > 0 ? `; read as: ${inferred.join('; ')}` : ''}`;
}

/** What the engine took an answer to imply, said as it was used. */
export function inferenceText(inference: Inference, vocabulary: Vocabulary): string {
  const drug = vocabulary.drugs.get(inference.drug)?.label ?? inference.drug;
  switch (inference.kind) {
    case 'taken-since':
      return `${drug} taken since ${describeDays(inference.since)} at least (its dose began then)`;
    case 'highest-dose':
      return `${drug} at most the highest daily dose given from ${formatDay(inference.from)} to ${formatDay(inference.to)}`;
  }
}

/** "Inclusion D1 — met: “…”": the criterion's kind and id, how it stands when said, and its sentence as the source prints it. */
export function criterionHeading(criterion: CriterionResult, state?: string): string {
  return `${criterion.kind === 'inclusion' ? 'Inclusion' : 'Exclusion'} ${criterion.id}${state ? ` — ${state}` : ''}: “${shownSource(criterion)}”`;
}

/** The evidence that decided a criterion: the first one known, else the first. */
function decidingEvidence(criterion: CriterionResult): CriterionResult['evidence'][number] | undefined {
  return criterion.evidence.find((e) => e.truth !== 'unknown') ?? criterion.evidence[0];
}

/**
 * One line saying why a trial is ruled out, from the criterion that rules the patient out. In a list of results
 * (`test`), the criterion and what it tests, with the patient's value ("inclusion I1 — Age 18–65 years; patient: 70
 * years"), its sentence when no value decided it; in the reply to an answer (`value`), the criterion and the
 * patient's value only ("exclusion E4, Haemoglobin: 8.5 g/dL"), the sentence being on the result card.
 */
export function exclusionReason(result: TrialResult, form: 'test' | 'value' = 'test'): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const which = `${criterion.kind} ${criterion.id}`;
  const value = evidence?.value ?? 'not asked yet';
  if (form === 'value') return evidence ? `${which}, ${evidence.factLabel}: ${value}` : which;
  return `${which} — ${evidence ? `${evidence.test}; patient: ${value}` : `“${shownSource(criterion)}”`}`;
}

export function contactText(contact: Contact): string {
  return [contact.name, contact.role, contact.phone, contact.email, contact.affiliation].filter(Boolean).join(', ');
}

export function siteText(site: Site): string {
  const place = [site.city, site.state, site.country].filter(Boolean).join(', ');
  return [site.name, place, site.status].filter(Boolean).join(' — ');
}

/** Whom to call: central contacts, else site contacts, else the sponsor. */
export function whomToContact(result: TrialResult): string[] {
  const { contacts, sites, sponsor } = result.record;
  if (contacts.length > 0) return contacts.map(contactText);
  const siteContacts = sites.flatMap((s) => s.contacts.map((c) => `${contactText(c)} (${s.name})`));
  if (siteContacts.length > 0) return siteContacts;
  // No one named: whom to ask instead, the sponsor and the site the source names.
  return [`No contact in the source; lead sponsor: ${sponsor.lead}${sites[0] ? `; site: ${siteText(sites[0])}` : ''}`];
}

const verdictOrder: Record<Verdict, number> = { eligible: 0, 'needs-info': 1, ineligible: 2 };

/** Results as a clinician reads them: possible matches first, then open ones, then those ruled out. */
export function byVerdict<T extends { verdict: Verdict }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict]);
}
