import type { Attachment } from 'botbuilder';
import type { Contact } from '../../src/domain/trialRecord';
import type { Vocabulary } from '../../src/engine/compileContext';
import type { CriterionResult, TrialResult } from '../../src/engine/result';
import { contactText, criterionHeading, decidingTitles, evidenceText, factLabel, siteText, statusText, toConfirmText, trialName, verdictLabels } from '../../src/report/wording';
import { adaptiveCard, cardAttachment, submit, text, type CardAction, type CardElement } from './adaptiveCard';

const verdictColours = { eligible: 'Good', 'needs-info': 'Warning', ineligible: 'Attention' } as const;

/** Sites beyond this many are counted, not listed, to keep a card readable and within Teams' 40 KB. */
const MAX_SITES = 12;

/** One trial's result: verdict, the criteria that decide it with the patient's values, what is open, whom to call. */
export function resultCard(result: TrialResult, vocabulary: Vocabulary): Attachment {
  const body: CardElement[] = [
    text(trialName(result), { weight: 'Bolder', size: 'Medium' }),
    text(verdictLabels[result.verdict], { color: verdictColours[result.verdict], weight: 'Bolder' }),
  ];
  const { deciding, missingFacts, unknownFacts, toConfirm } = result.details();
  body.push(section(decidingTitles[result.verdict]), ...deciding.map(criterionBlock));
  const label = (fact: string) => factLabel(vocabulary, fact);
  if (missingFacts.length > 0) body.push(section('Not yet known'), text(missingFacts.map(label).join('; ')));
  if (unknownFacts.length > 0) body.push(section('Answered "unknown"'), text(unknownFacts.map(label).join('; ')));
  if (toConfirm.length > 0) {
    body.push(section('To confirm at screening'), ...toConfirm.map((c) => text(toConfirmText(c), { size: 'Small' })));
  }
  const { status } = result;
  body.push(section('Recruitment status'), text(statusText(status)));
  body.push(...status.warnings.map((w) => text(`⚠ ${w}`, { color: 'Warning', size: 'Small' })));
  const { contacts, sites, sponsor } = result.record;
  body.push(section('Contacts'), ...(contacts.length > 0 ? contacts.map((c) => text(contactText(c))) : [text(`No central contact in the source; lead sponsor: ${sponsor.lead}`)]));
  if (sites.length > 0) {
    body.push(section('Sites'), ...sites.slice(0, MAX_SITES).map((s) => text(`${siteText(s)}${s.contacts.length ? ` — ${s.contacts.map(contactText).join('; ')}` : ''}`, { size: 'Small' })));
    if (sites.length > MAX_SITES) body.push(text(`…and ${sites.length - MAX_SITES} more sites`, { size: 'Small' }));
  }
  const actions: CardAction[] = [...contactActions(contacts.length > 0 ? contacts : sites.flatMap((s) => s.contacts).slice(0, 1)), submit('Referral summary', { command: 'referral', trialId: result.trialId })];
  return cardAttachment(adaptiveCard(body, actions));
}

function section(title: string): CardElement {
  return text(title, { weight: 'Bolder', spacing: 'Medium', separator: true });
}

function criterionBlock(criterion: CriterionResult): CardElement {
  return {
    type: 'Container',
    items: [
      text(criterionHeading(criterion), { size: 'Small' }),
      ...criterion.evidence.map((e) => text(evidenceText(e), { size: 'Small', isSubtle: true })),
    ],
  };
}

/** tel: and mailto: links open the phone or mail client in Teams, Web Chat and the Emulator alike. */
function contactActions(contacts: readonly Contact[]): CardAction[] {
  return contacts.flatMap((c) => [
    ...(c.phone ? [{ type: 'Action.OpenUrl' as const, title: `Call ${c.name}`, url: `tel:${c.phone.replace(/[^\d+]/g, '')}` }] : []),
    ...(c.email ? [{ type: 'Action.OpenUrl' as const, title: `Email ${c.name}`, url: `mailto:${c.email}` }] : []),
  ]);
}
