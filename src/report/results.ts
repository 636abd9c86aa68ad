import type { Contact, Site } from '../domain/trialRecord';
import type { CriterionResult, Verdict } from '../engine/result';
import { normaliseSourceText } from '../catalog/sourceText';

/** What every channel (CLI, chat text, cards) shows of results in any language: order, the deciding evidence, the source's own words. */

/** A criterion's sentence as the source prints it, without the escapes a registry page added ("10\^9/L", "eGFR\<40"). */
export function shownSource(criterion: { source: string }): string {
  return normaliseSourceText(criterion.source);
}

/**
 * A criterion's number as the source numbers it: a part the catalog splits out of one source criterion
 * ("E8-untreated", "C3-strength") shows the number of the criterion it comes from.
 */
export function shownNumber(criterion: { id: string }): string {
  return criterion.id.replace(/-.*$/, '');
}

/** The evidence that decided a criterion: the first one known, else the first. */
export function decidingEvidence(criterion: CriterionResult): CriterionResult['evidence'][number] | undefined {
  return criterion.evidence.find((e) => e.truth !== 'unknown') ?? criterion.evidence[0];
}

/** A contact as the registry gives it: name, role, phone, email, affiliation. */
export function contactText(contact: Contact): string {
  return [contact.name, contact.role, contact.phone, contact.email, contact.affiliation].filter(Boolean).join(', ');
}

/** A site as the registry gives it: name, place, status. */
export function siteText(site: Site): string {
  const place = [site.city, site.state, site.country].filter(Boolean).join(', ');
  return [site.name, place, site.status].filter(Boolean).join(' — ');
}

const verdictOrder: Record<Verdict, number> = { eligible: 0, 'needs-info': 1, ineligible: 2 };

/** Results as a clinician reads them: possible matches first, then open ones, then those ruled out. */
export function byVerdict<T extends { verdict: Verdict }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict]);
}
