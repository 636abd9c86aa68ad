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

export const verdictLabels: Record<Verdict, string> = {
  eligible: '可能符合',
  ineligible: '不符合',
  'needs-info': '需要更多信息',
};

export const decidingTitles: Record<Verdict, string> = {
  eligible: '已满足的标准',
  ineligible: '排除原因',
  'needs-info': '尚未确定',
};

/** A study named in passing: its acronym, else its brief title. */
export function shortName(w: CatalogWords, result: TrialResult): string {
  const { titles } = w.trial(result.trialId);
  return titles.acronym ?? titles.brief;
}

export function trialName(w: CatalogWords, result: TrialResult): string {
  const { titles } = w.trial(result.trialId);
  const name = titles.acronym ? `${titles.acronym}：${titles.brief}` : titles.brief;
  return `${name}（${result.record.registryId ?? '来源中无注册号'}）`;
}

const kinds = { inclusion: '入选', exclusion: '排除' } as const;

/**
 * "入选标准 D1——已满足：<中文标签>（原文：“…”）": the criterion's kind and id, how it stands, its label in Chinese
 * (a translation, marked so in the seeds) and its sentence as the source prints it, which stays verbatim.
 */
export function criterionHeading(w: CatalogWords, trialId: string, criterion: CriterionResult, state?: string): string {
  const label = w.trial(trialId).criterion(criterion.id).label;
  return `${kinds[criterion.kind]}标准 ${shownNumber(criterion)}${state ? `——${state}` : ''}：${label ? `${label}（原文：“${shownSource(criterion)}”）` : `“${shownSource(criterion)}”`}`;
}

export const interpretation = (w: CatalogWords, trialId: string, criterion: CriterionResult): string | undefined => w.trial(trialId).criterion(criterion.id).interpretation;

export function toConfirmText(w: CatalogWords, trialId: string, criterion: CriterionResult): string {
  return `${shownNumber(criterion)}：${confirmOnly(w, trialId, criterion)}（原文：“${shownSource(criterion)}”）`;
}

export const confirmOnly = (w: CatalogWords, trialId: string, criterion: CriterionResult): string => w.trial(trialId).criterion(criterion.id).confirmOnly ?? criterion.confirmOnly ?? '';

/** One line saying why a trial is ruled out: the criterion and what it tests, with the patient's value. */
export function exclusionReason(w: CatalogWords, result: TrialResult): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const why = evidence ? `${test(w, evidence.test)}；患者：${value(w, factOf(w, evidence.fact), evidence.value) ?? '尚未询问'}` : `“${shownSource(criterion)}”`;
  return `${kinds[criterion.kind]}标准 ${shownNumber(criterion)}——${why}`;
}

/** "排除标准 E4，血红蛋白：85 g/L": the deciding criterion and the patient's value. */
export function decidingValue(w: CatalogWords, result: TrialResult): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const which = `${kinds[criterion.kind]}标准 ${shownNumber(criterion)}`;
  return evidence ? `${which}，${factOf(w, evidence.fact).label}：${value(w, factOf(w, evidence.fact), evidence.value) ?? '尚未询问'}` : which;
}

/** Whom to call: central contacts, else site contacts, else the sponsor. */
export function whomToContact(_w: CatalogWords, result: TrialResult): string[] {
  const { contacts, sites, sponsor } = result.record;
  if (contacts.length > 0) return contacts.map(contactText);
  const siteContacts = sites.flatMap((s) => s.contacts.map((c) => `${contactText(c)}（${s.name}）`));
  if (siteContacts.length > 0) return siteContacts;
  return [`来源中无联系人；主要申办方：${sponsor.lead}${sites[0] ? `；研究中心：${siteText(sites[0])}` : ''}`];
}

export function contactLine(contact: Contact, site?: string): string {
  return `联系人：${contactText(contact)}${site ? `（${site}）` : ''}`;
}

export function noContactText(record: TrialRecord): string {
  const site = record.sites[0];
  const where = site ? [site.city, site.country].filter(Boolean).join('，') : '';
  const ask = site ? `主要申办方 ${record.sponsor.lead}，或研究中心 ${site.name}${where ? `（${where}）` : ''}` : `主要申办方 ${record.sponsor.lead}`;
  const registry = record.registryId ? `注册记录（${record.registryId}）中可能有更新的联系人。` : '';
  return `本研究未列出联系人。请咨询${ask}：可通过总机联系临床试验办公室。${registry}`;
}

const CONFIRM = '招募状态可能已过时——请向联系人确认';

export const warningTexts: { [C in StatusWarning['code']]: (w: CatalogWords, warning: Extract<StatusWarning, { code: C }>) => string } = {
  'doubtful-status': (_w, { status }) => `注册网站列出的状态为“${status}”：${CONFIRM}`,
  'no-update-date': () => `来源未给出最近更新或核实日期：${CONFIRM}`,
  'old-update': (_w, { label, date, day }) => `“${label}” ${date}，早于 ${isoDay(day)} 超过12个月：${CONFIRM}`,
  'completion-passed': (_w, { label, date }) => `“${label}”（${date}）已过：${CONFIRM}`,
};

/** The recruitment status as the registry records it (its own words, quoted as a source). */
/** The registry's recruitment statuses (ClinicalTrials.gov's closed set), in Chinese; the registry's own word is quoted beside. */
const STATUS_NAMES: Record<string, string> = {
  recruiting: '招募中',
  'not yet recruiting': '尚未开始招募',
  'active, not recruiting': '进行中，不再招募',
  'enrolling by invitation': '仅限受邀入组',
  completed: '已完成',
  terminated: '已终止',
  withdrawn: '已撤回',
  suspended: '已暂停',
  unknown: '状态不详',
};

export const recordedStatus = (status: StatusReport): string => {
  const name = STATUS_NAMES[status.recorded.toLowerCase().replaceAll('_', ' ')];
  return name ? `${name}（“${status.recorded}”）` : `“${status.recorded}”`;
};

export function statusText(status: StatusReport): string {
  return `${recordedStatus(status)}${status.asOf ? `（“${status.asOf.label}” ${status.asOf.date}）` : ''}`;
}

export function statusWithWarnings(w: CatalogWords, status: StatusReport): string {
  return `${recordedStatus(status)}${status.warnings.length > 0 ? `——${status.warnings.map((s) => byCode(warningTexts, w, s)).join('；')}` : ''}`;
}

export function statusLine(status: StatusReport): string {
  return `状态：${recordedStatus(status)}${status.warnings.length > 0 ? '——可能已过时，请向联系人确认' : ''}。`;
}

/** A detail of an answer named for a list: "硫唑嘌呤的开始时间". */
export function detailLabel(w: CatalogWords, { fact, detail }: FactDetail): string {
  const drug = 'drug' in detail ? drugOf(w, detail.drug) : '';
  switch (detail.kind) {
    case 'started':
      return `${drug}的开始时间`;
    case 'stopped':
      return `${drug}的停用时间`;
    case 'dose':
      return `${drug}的日剂量`;
    case 'doseSince':
      return `${drug}最近一次调整剂量的时间`;
    case 'route':
      return `${drug}的给药途径`;
    case 'highestDose':
      return `近${duration(detail.within)}内${drug}的最高日剂量`;
    case 'exactDate':
      return `确切日期：${factOf(w, fact).label}`;
    case 'exactValue':
      return `确切数值：${factOf(w, fact).label}`;
  }
}
