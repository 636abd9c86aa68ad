import type { Vocabulary } from '../engine/compileContext';
import type { TrialResult } from '../engine/result';
import { openParts } from './detailWording';
import { criterionHeading, decidingTitles, evidenceText, siteText, statusText, toConfirmText, trialName, verdictLabels, whomToContact } from './wording';

/** A plain-text report of one trial's result, for the command line and card-less channels. */
export function textReport(result: TrialResult, vocabulary: Vocabulary): string {
  const lines = [`${trialName(result)}`, `  Verdict: ${verdictLabels[result.verdict]}`];
  lines.push(`  ${decidingTitles[result.verdict]}:`);
  const { deciding, toConfirm } = result.details();
  for (const criterion of deciding) {
    lines.push(`    - ${criterionHeading(criterion)}`);
    if (criterion.interpretation) lines.push(`        read as: ${criterion.interpretation}`);
    for (const evidence of criterion.evidence) lines.push(`        ${evidenceText(evidence, vocabulary)}`);
  }
  const open = openParts(result.details(), [], vocabulary);
  const labels = (items: readonly { label: string }[]) => items.map((i) => i.label).join('; ');
  if (open.notYetKnown.length > 0) lines.push(`  Not yet known: ${labels(open.notYetKnown)}`);
  if (open.answeredUnknown.length > 0) lines.push(`  Answered "unknown": ${labels(open.answeredUnknown)}`);
  if (open.undecided.length > 0) lines.push(`  Answered, but not enough to decide: ${labels(open.undecided)}`);
  if (result.verdict !== 'ineligible' && toConfirm.length > 0) {
    lines.push('  To confirm at screening:');
    for (const criterion of toConfirm) lines.push(`    - ${toConfirmText(criterion)}`);
  }
  const { status } = result;
  lines.push(`  Recruitment status: ${statusText(status)}`);
  for (const warning of status.warnings) lines.push(`    ! ${warning}`);
  lines.push('  Contact:');
  for (const contact of whomToContact(result)) lines.push(`    ${contact}`);
  if (result.record.sites.length > 0) {
    lines.push('  Sites:');
    for (const site of result.record.sites) lines.push(`    ${siteText(site)}`);
  }
  return lines.join('\n');
}
