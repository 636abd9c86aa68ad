import type { Vocabulary } from '../engine/compileContext';
import type { TrialResult } from '../engine/result';
import { criterionHeading, decidingTitles, evidenceText, factLabel, siteText, statusText, toConfirmText, trialName, verdictLabels, whomToContact } from './wording';

/** A plain-text report of one trial's result, for the command line and card-less channels. */
export function textReport(result: TrialResult, vocabulary: Vocabulary): string {
  const lines = [`${trialName(result)}`, `  Verdict: ${verdictLabels[result.verdict]}`];
  lines.push(`  ${decidingTitles[result.verdict]}:`);
  const { deciding, missingFacts, unknownFacts, toConfirm } = result.details();
  for (const criterion of deciding) {
    lines.push(`    - ${criterionHeading(criterion)}`);
    if (criterion.interpretation) lines.push(`        read as: ${criterion.interpretation}`);
    for (const evidence of criterion.evidence) lines.push(`        ${evidenceText(evidence)}`);
  }
  if (missingFacts.length > 0) {
    lines.push(`  Not yet known: ${missingFacts.map((f) => factLabel(vocabulary, f)).join('; ')}`);
  }
  if (unknownFacts.length > 0) {
    lines.push(`  Answered "unknown": ${unknownFacts.map((f) => factLabel(vocabulary, f)).join('; ')}`);
  }
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
