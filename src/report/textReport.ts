import type { TrialResult } from '../engine/result';
import type { Voice } from '../replies/voice';
import { byCode } from '../replies/texts/byCode';
import { openParts, type OpenParts } from './openParts';
import { siteText } from './results';

/** The kinds of open items the command-line report lists (what was not given cannot happen there: nothing is asked). */
const REPORTED: readonly (keyof OpenParts)[] = ['notYetKnown', 'answeredUnknown', 'undecided'];

/** A plain-text report of one trial's result, for the command line, in the voice's language. */
export function textReport(result: TrialResult, { t, w }: Voice): string {
  const { trials, results, evidence } = t;
  const report = results.reportLabels;
  const lines = [trials.trialName(w, result), `  ${report.verdict}: ${trials.verdictLabels[result.verdict]}`];
  lines.push(`  ${trials.decidingTitles[result.verdict]}:`);
  const { deciding, toConfirm } = result.details();
  for (const criterion of deciding) {
    lines.push(`    - ${trials.criterionHeading(w, result.trialId, criterion)}`);
    const interpretation = trials.interpretation(w, result.trialId, criterion);
    if (interpretation) lines.push(`        ${report.readAs}: ${interpretation}`);
    for (const said of criterion.evidence) lines.push(`        ${evidence.evidence(w, said)}`);
  }
  const open = openParts(result.details(), []);
  for (const part of REPORTED) {
    if (open[part].length > 0) lines.push(`  ${results.openHeadings[part]}: ${open[part].map((i) => results.openItemLabel(w, i)).join('; ')}`);
  }
  if (result.verdict !== 'ineligible' && toConfirm.length > 0) {
    lines.push(`  ${results.resultCardLabels.toConfirm}:`);
    for (const criterion of toConfirm) lines.push(`    - ${trials.toConfirmText(w, result.trialId, criterion)}`);
  }
  const { status } = result;
  lines.push(`  ${results.resultCardLabels.status}: ${trials.statusText(status)}`);
  for (const warning of status.warnings) lines.push(`    ! ${byCode(trials.warningTexts, w, warning)}`);
  lines.push(`  ${report.contact}:`);
  for (const contact of trials.whomToContact(w, result)) lines.push(`    ${contact}`);
  if (result.record.sites.length > 0) {
    lines.push(`  ${results.resultCardLabels.sites}:`);
    for (const site of result.record.sites) lines.push(`    ${siteText(site)}`);
  }
  return lines.join('\n');
}
