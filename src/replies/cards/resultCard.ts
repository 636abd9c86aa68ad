import type { Contact } from '../../domain/trialRecord';
import type { Vocabulary } from '../../engine/compileContext';
import type { CriterionResult, TrialResult } from '../../engine/result';
import type { FactDetail } from '../../domain/detail';
import { openParts } from '../../report/detailWording';
import { contactText, criterionHeading, decidingTitles, evidenceText, siteText, statusText, toConfirmText, trialName, verdictLabels } from '../../report/wording';
import { openHeadings, resultCardLabels } from '../texts/resultTexts';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptiveCard';

const verdictColours = { eligible: 'Good', 'needs-info': 'Warning', ineligible: 'Attention' } as const;

/** Sites beyond this many are counted, not listed, to keep a card readable and within Teams' 40 KB. */
const MAX_SITES = 12;

/** One trial's result: verdict, the criteria that decide it with the patient's values, what is open, whom to call. */
export function resultCard(result: TrialResult, declined: readonly FactDetail[], vocabulary: Vocabulary): AdaptiveCard {
  const body: CardElement[] = [
    text(trialName(result), { weight: 'Bolder', size: 'Medium' }),
    text(verdictLabels[result.verdict], { color: verdictColours[result.verdict], weight: 'Bolder' }),
  ];
  const { deciding, toConfirm } = result.details();
  body.push(section(decidingTitles[result.verdict]), ...deciding.map((c) => criterionBlock(c, vocabulary)));
  const open = openParts(result.details(), declined, vocabulary);
  for (const part of Object.keys(openHeadings) as (keyof typeof openHeadings)[]) {
    if (open[part].length > 0) body.push(section(openHeadings[part]), text(open[part].join('; ')));
    // A detail not given can still be added: its button asks just that question again.
    if (part === 'notGiven' && open.notGivenDetails.length > 0) {
      body.push({ type: 'ActionSet', actions: open.notGivenDetails.map((d, i) => submit(resultCardLabels.add(open.notGiven[i]!), { command: 'reopen', reopen: d })) });
    }
  }
  if (toConfirm.length > 0) {
    body.push(section(resultCardLabels.toConfirm), ...toConfirm.map((c) => text(toConfirmText(c), { size: 'Small' })));
  }
  const { status } = result;
  body.push(section(resultCardLabels.status), text(statusText(status)));
  body.push(...status.warnings.map((w) => text(`⚠ ${w}`, { color: 'Warning', size: 'Small' })));
  const { contacts, sites, sponsor } = result.record;
  body.push(section(resultCardLabels.contacts), ...(contacts.length > 0 ? contacts.map((c) => text(contactText(c))) : [text(resultCardLabels.noCentralContact(sponsor.lead))]));
  if (sites.length > 0) {
    body.push(section(resultCardLabels.sites), ...sites.slice(0, MAX_SITES).map((s) => text(`${siteText(s)}${s.contacts.length ? ` — ${s.contacts.map(contactText).join('; ')}` : ''}`, { size: 'Small' })));
    if (sites.length > MAX_SITES) body.push(text(resultCardLabels.moreSites(sites.length - MAX_SITES), { size: 'Small' }));
  }
  const actions: CardAction[] = [...contactActions(contacts.length > 0 ? contacts : sites.flatMap((s) => s.contacts).slice(0, 1)), submit(resultCardLabels.referral, { command: 'referral', trialId: result.trialId })];
  return adaptiveCard(body, actions);
}

function section(title: string): CardElement {
  return text(title, { weight: 'Bolder', spacing: 'Medium', separator: true });
}

function criterionBlock(criterion: CriterionResult, vocabulary: Vocabulary): CardElement {
  return {
    type: 'Container',
    items: [
      text(criterionHeading(criterion), { size: 'Small' }),
      ...criterion.evidence.map((e) => text(evidenceText(e, vocabulary), { size: 'Small', isSubtle: true })),
    ],
  };
}

/** tel: and mailto: links open the phone or mail client in Teams, Web Chat and the Emulator alike. */
function contactActions(contacts: readonly Contact[]): CardAction[] {
  return contacts.flatMap((c) => [
    ...(c.phone ? [{ type: 'Action.OpenUrl' as const, title: resultCardLabels.call(c.name), url: `tel:${c.phone.replace(/[^\d+]/g, '')}` }] : []),
    ...(c.email ? [{ type: 'Action.OpenUrl' as const, title: resultCardLabels.email(c.name), url: `mailto:${c.email}` }] : []),
  ]);
}
