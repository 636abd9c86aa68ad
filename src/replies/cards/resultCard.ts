import type { Contact, TrialRecord } from '../../domain/trialRecord';
import type { CriterionResult, TrialResult, Verdict } from '../../engine/result';
import type { FactDetail } from '../../domain/detail';
import { openParts, type OpenParts } from '../../report/openParts';
import { restoredSource } from '../../report/restoredSymbols';
import { contactText, siteText } from '../../report/results';
import { byCode } from '../texts/byCode';
import type { Voice } from '../voice';
import { actionSet, adaptiveCard, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

/**
 * The verdict stands on a tinted band in the host's own colours, its text the host's default colour: Teams'
 * Good and Warning text colours are light on white (2.1:1 and 1.5:1), and in its high-contrast theme every colour
 * turns to the same one, so the words say the verdict and no text is coloured.
 */
const verdictStyles: Record<Verdict, 'good' | 'warning' | 'attention'> = { eligible: 'good', 'needs-info': 'warning', ineligible: 'attention' };

/** Sites beyond this many are counted, not listed, to keep a card readable and within Teams' 40 KB. */
const MAX_SITES = 12;

/** Items of the "Missing" list shown with their "Add" button; more are counted ("continue" asks them). */
const MISSING_SHOWN = 5;

/** A registry id whose record the card can open (ClinicalTrials.gov's, whose address is its id). */
const CT_GOV_ID = /^NCT\d{8}$/;

/**
 * One trial's result, the essentials on its first screen: the study, the verdict and why in one line, whom to
 * contact (tap to call or e-mail; the sponsor and site when the source names no one), one line of what already
 * fits, and what is missing, each with an "Add" button that asks it. The criteria — sentence, the reading with a
 * registry's lost symbol restored, the patient's values — with what to confirm at screening, the recruitment
 * status and the sites are behind "Show criteria".
 */
export function resultCard(result: TrialResult, declined: readonly FactDetail[], voice: Voice): AdaptiveCard {
  const { t, w } = voice;
  const open = openParts(result.details(), declined);
  const { record } = result;
  const hidden = `criteria-${result.trialId}`;
  const body: CardElement[] = [
    text(t.trials.trialName(w, result), { weight: 'Bolder', size: 'Medium' }),
    {
      type: 'Container',
      style: verdictStyles[result.verdict],
      items: [text(t.trials.verdictLabels[result.verdict], { weight: 'Bolder' }), text(t.results.resultReason(w, result, open), { spacing: 'Small' })],
    },
    ...contactBlock(record, voice),
    text(t.trials.statusLine(result.status), { size: 'Small', isSubtle: true, spacing: 'Small' }),
  ];
  const fits = fitting(result, voice);
  if (fits.length > 0) body.push(text(t.results.fitsText(fits), { spacing: 'Medium' }));
  body.push(...missingList(open, voice));
  body.push({ type: 'Container', id: hidden, isVisible: false, separator: true, items: details(result, voice) });
  const actions: CardAction[] = [
    { type: 'Action.ToggleVisibility', title: t.results.resultCardLabels.showCriteria, targetElements: [hidden] },
    submit(t.results.resultCardLabels.referral, { command: 'referral', trialId: result.trialId }),
  ];
  return adaptiveCard(body, actions);
}

/** Whom to contact, first: the first contact (central, else a site's) with buttons to call or e-mail; else the sponsor and site. */
function contactBlock(record: TrialRecord, { t }: Voice): CardElement[] {
  const labels = t.results.resultCardLabels;
  const central = record.contacts[0];
  const site = central ? undefined : record.sites.find((s) => s.contacts.length > 0);
  const contact = central ?? site?.contacts[0];
  if (!contact) {
    const registry = record.registryId && CT_GOV_ID.test(record.registryId) ? [{ type: 'Action.OpenUrl' as const, title: labels.registry(record.registryId), url: `https://clinicaltrials.gov/study/${record.registryId}` }] : [];
    return [text(t.trials.noContactText(record), { spacing: 'Medium' }), ...(registry.length > 0 ? [actionSet(registry)] : [])];
  }
  const buttons = contactActions(contact, labels);
  return [text(t.trials.contactLine(contact, site?.name), { spacing: 'Medium' }), ...(buttons.length > 0 ? [actionSet(buttons)] : [])];
}

/** tel: and mailto: links open the phone or mail client in Teams, Web Chat and the Emulator alike. */
function contactActions(contact: Contact, labels: Voice['t']['results']['resultCardLabels']): CardAction[] {
  return [
    ...(contact.phone ? [{ type: 'Action.OpenUrl' as const, title: labels.call(contact.name), url: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }] : []),
    ...(contact.email ? [{ type: 'Action.OpenUrl' as const, title: labels.email(contact.name), url: `mailto:${contact.email}` }] : []),
  ];
}

/** The facts of the criteria that already go the patient's way, once each, in the order the criteria test them. */
function fitting(result: TrialResult, { w }: Voice): string[] {
  const fits = result.details().criteria.filter((c) => !c.excludes && (c.status === 'met' || c.status === 'not-met'));
  return [...new Set(fits.flatMap((c) => c.evidence.filter((e) => e.truth !== 'unknown').map((e) => w.facts.get(e.fact)?.label ?? e.fact)))];
}

/** What keeps the result open, a few items with an "Add" button each (asking that question again); the rest counted. */
function missingList(open: OpenParts, { t, w }: Voice): CardElement[] {
  const { missingStates, missingText, resultCardLabels, openItemLabel } = t.results;
  const items = (Object.keys(missingStates) as (keyof OpenParts)[]).flatMap((part) => open[part].map((item) => ({ ...item, state: missingStates[part] })));
  if (items.length === 0) return [];
  const rows = items.slice(0, MISSING_SHOWN).map((item): CardElement => {
    const said = missingText(openItemLabel(w, item), item.state);
    const reopen = { fact: item.fact, ...(item.detail ? { detail: item.detail } : {}) };
    return item.reopen ? actionSet([submit(resultCardLabels.add(said), { command: 'reopen', reopen })]) : text(said, { size: 'Small' });
  });
  const more = items.length - MISSING_SHOWN;
  return [text(resultCardLabels.missing, { weight: 'Bolder', spacing: 'Medium' }), ...rows, ...(more > 0 ? [text(resultCardLabels.moreMissing(more), { size: 'Small' })] : [])];
}

/** Behind "Show criteria": each deciding criterion with its reading and the patient's values, what to confirm, the status, contacts and sites. */
function details(result: TrialResult, voice: Voice): CardElement[] {
  const { t, w } = voice;
  const labels = t.results.resultCardLabels;
  const { deciding, toConfirm } = result.details();
  const { record, status } = result;
  const elements: CardElement[] = deciding.map((c) => criterionBlock(c, result, voice));
  if (toConfirm.length > 0) elements.push(section(labels.toConfirm), ...toConfirm.map((c) => text(t.trials.toConfirmText(w, result.trialId, c), { size: 'Small' })));
  const warnings = status.warnings.map((warning) => text(`⚠ ${byCode(t.trials.warningTexts, w, warning)}`, { size: 'Small' }));
  elements.push(section(labels.status), text(t.trials.statusText(status), { size: 'Small' }), ...warnings);
  if (record.contacts.length > 1) elements.push(section(labels.contacts), ...record.contacts.map((c) => text(contactText(c), { size: 'Small' })));
  const { sites } = record;
  if (sites.length > 0) {
    elements.push(section(labels.sites), ...sites.slice(0, MAX_SITES).map((s) => text(`${siteText(s)}${s.contacts.length ? ` — ${s.contacts.map(contactText).join('; ')}` : ''}`, { size: 'Small' })));
    if (sites.length > MAX_SITES) elements.push(text(labels.moreSites(sites.length - MAX_SITES), { size: 'Small' }));
  }
  return elements;
}

function section(title: string): CardElement {
  return text(title, { weight: 'Bolder', spacing: 'Medium' });
}

/** A criterion: how it stands, its sentence as the source prints it, the reading with a lost symbol restored, the patient's values. */
function criterionBlock(criterion: CriterionResult, result: TrialResult, { t, w }: Voice): CardElement {
  const rule = result.record.criteria.find((c) => c.id === criterion.id)?.rule;
  const restored = restoredSource(criterion.source, rule);
  const state = criterion.excludes ? 'rules-out' : criterion.status === 'unknown' ? 'open' : criterion.kind === 'exclusion' ? 'not-applying' : 'met';
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      text(t.trials.criterionHeading(w, result.trialId, criterion, t.results.criterionStates[state]), { size: 'Small' }),
      ...(restored ? [text(t.results.readAsText(restored), { size: 'Small', isSubtle: true })] : []),
      ...criterion.evidence.map((e) => text(t.evidence.evidence(w, e), { size: 'Small', isSubtle: true })),
    ],
  };
}
