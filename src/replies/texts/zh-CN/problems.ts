import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, NumberFact } from '../../../domain/factDefinition';
import { choiceLabel, unitLabel } from '../../../engine/compileContext';
import { offeredUnits, refusedUnit } from '../../../parsing/units';
import { formatNumber } from '../../../text/formatNumber';
import { coveredDrugs, drugOf, factIn, factOf, optionLabels } from '../lookup';
import type { ProblemTexts } from '../en/problems';
import { day, days, duration, list, quote } from './format';
import { medicineNote, quantity, ulnRatio } from './readings';
import { doseUnit } from './values';

const DATE_FORMS = '日期（“2026年3月15日”“2026年3月”“2019年”）或距今多久（“6周前”）';

/** A number fact's label and what it can be given in; the fact as a boolean named by its id when unknown. */
const numberFact = (w: CatalogWords, id: string): NumberFact =>
  factIn(w, id, 'number') ?? { ...factOf(w, id), type: 'number', unit: '1', unitLabel: '', accepts: [], refuses: [], plausible: [0, 0] };

const unitsAccepted = (fact: NumberFact) => `${fact.label}可用以下单位：${list(offeredUnits(fact).map((u) => unitLabel(u, fact)))}`;

const plausibleRange = (fact: NumberFact) => `${formatNumber(fact.plausible[0])}–${formatNumber(fact.plausible[1])} ${fact.unitLabel}`;

const examples = (w: CatalogWords, fact: FactDefinition) =>
  `此问题涉及${fact.label}（例如${list(coveredDrugs(w, fact).slice(0, 4).map((d) => d.label))}）；或回答“无”。`;

const lookback = (fact: FactDefinition) => (fact.type === 'medication' ? duration(fact.lookback) : '');
const noneOf = (fact: FactDefinition) => (fact.type === 'set' ? fact.noneLabel : '无');
const roleNames = { started: '开始日期', doseSince: '最近一次调整剂量的日期', stopped: '停用日期' } as const;

export const problemTexts: ProblemTexts = {
  empty: () => '请输入回答；如不清楚，请回答“不详”。',
  'too-long': (_w, { max }) => `回答太长（超过 ${max} 个字符），请用一两行回答。`,
  'part-only': (w, { entered, fact }) => `${quote(entered)}只回答了问题的一部分（${factOf(w, fact).label}）；请就整个问题作答，或回答“不详”。`,
  'which-question': (_w, { entered }) => `我无法判断${quote(entered)}回答的是哪个问题。请在每个回答前写明名称（例如“plt 185, Hb 9.6 g/dL”），使用卡片中的输入框，或回答“不详”。`,
  'yes-no': (w, { fact }) => `请回答是、否或不详（${factOf(w, fact).label}）。`,
  'says-what-not': (w, { entered, fact }) => `${quote(entered)}说的是“不是什么”；请选择是什么：${list(optionLabels(w, factOf(w, fact)))}。`,
  'unknown-choice': (w, { entered, fact }) => `无法识别${quote(entered)}。请从以下选项中选择：${list(optionLabels(w, factOf(w, fact)))}。`,
  'which-choice': (w, { fact, codes, item }) => `${item === undefined ? '' : `${quote(item)}：`}您指的是${list(optionLabels(w, factOf(w, fact), codes))}？`,
  'name-options': (w, { fact }) => {
    const f = factOf(w, fact);
    return `请写出适用的选项——${list(optionLabels(w, f))}——或回答“${noneOf(f)}”。`;
  },
  'unknown-option': (w, { item, fact }) => {
    const f = factOf(w, fact);
    return `无法识别${quote(item)}。选项有：${list(optionLabels(w, f), 'and')}——或“${noneOf(f)}”。`;
  },
  'needs-qualifier': (w, { item, fact }) => {
    const f = factOf(w, fact);
    return `${quote(item)}没有说明是否属于“${f.label}”；请说明，或回答“${noneOf(f)}”。`;
  },
  'give-value': (w, { fact }) => `那么请按您所知给出${factOf(w, fact).label}，或回答“不详”。`,
  'name-them': (w, { fact }) => `那么请写出具体是哪些（${factOf(w, fact).label}）。`,
  negative: (w, { entered, fact }) => `${factOf(w, fact).label}不可能为负数，而${quote(entered)}带有负号。请去掉负号后给出数值，或回答“不详”。`,
  'no-number': (w, { fact }) => `请给出${factOf(w, fact).label}的数值。${unitsAccepted(numberFact(w, fact))}。`,
  'several-numbers': (w, { entered, fact }) => `${quote(entered)}中有不止一个数字；请只给出一个${factOf(w, fact).label}的数值。`,
  'unreadable-number': (_w, { text }) => `无法将${quote(text)}读作数字（请写成如 8.5 或 45000）。`,
  'unknown-unit': (w, { unit, fact, lookalike }) => {
    const hint = lookalike ? `它与${quote(lookalike)}是不同种类的单位：大小写有区别（g/L 是克/升，G/L 是 10^9/升）。` : '';
    return `无法识别单位${quote(unit)}。${hint}${unitsAccepted(numberFact(w, fact))}。`;
  },
  'not-exact': (_w, { entered }) => `${quote(entered)}不是确切数值。请给出实测值、界限（例如“> 40”），或回答“不详”。`,
  'foreign-words': (w, { entered, words, fact }) => `无法判断${quote(entered)}中的数字是否为${factOf(w, fact).label}：数字前有${quote(words)}。请只给出该数值，或回答“不详”。`,
  'refused-unit': (w, { unit, fact }) => {
    const f = numberFact(w, fact);
    return refusedUnit(unit, f)?.because ?? `${quote(unit)}不是${f.label}的单位。${unitsAccepted(f)}。`;
  },
  'implausible-anywhere': (w, { amount, fact }) => {
    const f = numberFact(w, fact);
    return `无论按哪种可用单位，${formatNumber(amount)} 都超出${f.label}的合理范围（${plausibleRange(f)}）。请核对数值并写明单位。`;
  },
  'decimal-slip': (w, { amount, fact, readings }) => {
    const f = numberFact(w, fact);
    return `${formatNumber(amount)} ${f.unitLabel} 超出${f.label}的合理范围（${plausibleRange(f)}）；您指的是${list(readings.map((r) => quantity(r, f)))}吗？请写明单位。`;
  },
  'which-reading': (w, { fact, readings }) => `您指的是${list(readings.map((r) => quantity(r, numberFact(w, fact))))}？请写明单位。`,
  'which-unit': (w, { unit, fact, units }) => `${quote(unit)}是哪个单位：${list(units.map((u) => unitLabel(u, numberFact(w, fact))))}？`,
  implausible: (w, { fact, reading }) => {
    const f = numberFact(w, fact);
    const shown = 'ratio' in reading ? ulnRatio(reading, f) : quantity(reading, f);
    return `${shown} 超出${f.label}的合理范围（${plausibleRange(f)}）。请核对数值及其单位。`;
  },
  'uln-two-numbers': () => '请分别给出数值和该实验室的正常上限，例如“80 U/L, ULN 40”。',
  'uln-same-unit': (_w, { valueUnit, ulnUnit }) => `数值（${valueUnit}）与正常上限（${ulnUnit}）的单位必须相同，或直接给出正常上限的倍数（例如“1.2 × ULN”）。`,
  'uln-missing': (_w, { entered, amount }) =>
    `${quote(entered)}给出了数值，但没有该实验室的正常上限。请补充正常上限（例如“${formatNumber(amount)} U/L, ULN 40”），或给出正常上限的倍数（例如“1.4 × ULN”）或“正常”。`,
  'total-unsettled': (w, { entered, fact }) => `${quote(entered)}给出的是总分，未说明“${factOf(w, fact).label}”不计入的分数；请给出该评分，或需扣除的分数。`,
  'parts-needed': (w, { fact }) => `请给出${list((factIn(w, fact, 'number')?.highestOf ?? []).map((p) => p.part), 'and')}各自相对于正常上限的数值，或“正常”。`,
  'part-unread': (_w, { entered, part }) => `无法读出${quote(entered)}中的 ${part}：请给出其相对于正常上限的数值。`,
  'part-twice': (_w, { part }) => `${part} 给出了两次且数值不同；请只给一个。`,
  'parts-missing': (_w, { parts }) => `未给出 ${list(parts, 'and')}：请给出${parts.length > 1 ? '每一项' : '它'}相对于正常上限的数值，或“正常”。`,
  'dated-not-over': (w, { entered, fact, ifOver }) => `${quote(entered)}给出了时间，但未说明是否已结束：是“${choiceLabel(w, factOf(w, fact), ifOver)}”，还是仍然活动？`,
  'dated-across': (w, { entered, fact, limit, recent, earlier }) => {
    const f = factOf(w, fact);
    return `${quote(entered)}中的日期分布在${day(limit)}两侧，或跨越该日：是“${choiceLabel(w, f, recent)}”，还是“${choiceLabel(w, f, earlier)}”？`;
  },
  'period-needed': (_w, { entered }) => `${quote(entered)}没有说明用药时段：请给出（例如“2019–2023”“自2019年起”）。`,
  'all-within': (_w, { entered, before }) => `${quote(entered)}全部在近${duration(before)}内；此前是否用过？`,
  'period-imprecise': (_w, { entered, from, over }) => `${quote(entered)}：自${days(from)}起，可能长于也可能短于${duration(over)}；请给出更精确的日期。`,
  'cause-in-doubt': (w, { entered, fact, of, form }) => {
    const f = factOf(w, fact);
    return `${quote(entered)}中的病因不确定：是“${choiceLabel(w, f, of)}”，还是“${choiceLabel(w, f, form)}”？`;
  },
  'date-needed': (w, { fact }) => `${factOf(w, fact).label}需要一个日期：${DATE_FORMS}。`,
  'no-date': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `无法从${quote(entered)}中读出日期。请给出${DATE_FORMS}${f.type === 'date' && f.noneLabel ? `，或“${f.noneLabel}”` : ''}。`;
  },
  'several-dates': (w, { entered, fact }) => `${quote(entered)}中有不止一个日期；请只给出一个${factOf(w, fact).label}的日期。`,
  'stray-number': (w, { number, entered, fact }) => `无法判断${quote(entered)}中的${quote(number)}是什么；请给出一个${factOf(w, fact).label}的日期：${DATE_FORMS}。`,
  'before-birth': (_w, { text, age, born }) => `${quote(text)}早于患者出生（${formatNumber(age)}岁，应出生于${day(born)}或之后）；请核对日期。`,
  'implausible-date': (_w, { text }) => `${quote(text)}不是合理的日期。`,
  'date-readings': (_w, { text, readings }) => `${quote(text)}可能是${list(readings.map(days), 'or')}。请写出完整的年月日（例如“2026年4月3日”）。`,
  'date-bound': (_w, { text }) => `${quote(text)}是一个界限，不是日期。请尽量准确地给出日期（例如“6周前”“2026年3月”），或回答“不详”。`,
  'future-date': (_w, { text }) => `${quote(text)}是将来的日期；请给出过去的日期。`,
  'reversed-period': (_w, { text }) => `${quote(text)}的结束早于开始；请按先后顺序给出日期。`,
  'period-ended': (_w, { text }) => `${quote(text)}是一个已结束的时段，不是起始时间：请给出开始日期，或说明已结束。`,
  'other-owner': (w, { entered, fact, facts, options }) => {
    const named = [...facts.map((id) => factOf(w, id).label), ...(options ? options.codes.map((code) => choiceLabel(w, factOf(w, options.of), code)) : [])];
    return `${quote(entered)}提到了${list(named.map((n) => `“${n}”`), 'and')}，日期可能属于它。请单独给出“${factOf(w, fact).label}”的日期，或回答“不详”。`;
  },
  'now-only': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `${quote(entered)}说的是目前的用药；问题涵盖近${lookback(f)}。这段时间内是否用过${f.label}？请写出药名，或回答“无”。`;
  },
  'period-part-only': (w, { entered, fact }) => {
    const f = factOf(w, fact);
    return `${quote(entered)}只涉及问题的一部分（近${lookback(f)}内任何剂量的${f.label}）；请就整个问题作答，或回答“不详”。`;
  },
  'which-drug': (w, { text, drugs }) => `${quote(text)}：您指的是${list(drugs.map((d) => drugOf(w, d)))}？`,
  'no-medicine': (w, { text, fact }) => `无法在${quote(text)}中识别出药物。${examples(w, factOf(w, fact))}`,
  'name-medicines': (w, { fact }) => `请写出药名，或回答“无”。${examples(w, factOf(w, fact))}`,
  'not-in-class': (w, { typed, drug, fact }) => {
    const f = factOf(w, fact);
    const classes = f.type === 'medication' ? f.classes.map((c) => w.drugClass(c)) : [];
    return `${quote(typed)}（${drugOf(w, drug)}）不属于${list(classes)}。${examples(w, f)}`;
  },
  'stopped-about-lookback': (w, { drug, fact, day: start }) => `${drugOf(w, drug)}是否在${day(start)}之前（${lookback(factOf(w, fact))}以前）停用？请给出停用的月份。`,
  'nothing-in-period': (w, { fact, notTaken, historical }) => {
    const f = factOf(w, fact);
    const notes = [
      ...(notTaken.length > 0 ? [medicineNote(w, f, { code: 'planned', drugs: notTaken })] : []),
      ...(historical.length > 0 ? [medicineNote(w, f, { code: 'stopped-before-period', drugs: historical })] : []),
    ];
    return `${notes.join('')}患者近${lookback(f)}内是否用过${f.label}？请写出药名及剂量，或回答“无”。`;
  },
  'name-class': (w, { className, fact }) => `请写出具体的${className}（${factOf(w, fact).label}）及剂量，或回答“无”。`,
  'class-stop-when': (w, { className, fact }) => `${className}是何时停用的？如在近${lookback(factOf(w, fact))}之前，请回答“无”。`,
  'class-stopped-within': (w, { className, fact, stopped }) => `${className}于${days(stopped)}停用，在近${lookback(factOf(w, fact))}内：请写出具体药名、剂量及停用时间。`,
  'negative-dose': (w, { drug }) => `剂量不可能为负数，而关于${drugOf(w, drug)}的回答带有负号；请去掉负号。`,
  'unread-dose': (w, { text, drug, usual }) =>
    `无法读出关于${drugOf(w, drug)}的回答中的${quote(text)}：请给出带单位的剂量（例如“${usual ? `${formatNumber(usual.amount)} ${usual.unit}` : '10 mg 每日'}”）以及日期，如“自2026年3月起”。`,
  'unread-negation': (w, { drug, unread }) => `关于${drugOf(w, drug)}的回答中有无法理解的否定（${unread.map(quote).join('、')}）：是在用，还是已停用？请说明，并给出剂量和日期。`,
  'not-plain': (w, { drug }) => `关于${drugOf(w, drug)}的回答说的是计划、可能或拒绝，而不是实际用药；请说明患者目前是否在用（剂量及起始时间），或何时停用。`,
  'which-route': (w, { drug, routes }) => `${drugOf(w, drug)}的给药途径是：${list(routes)}？`,
  'several-doses': (w, { drug, doses }) => `${drugOf(w, drug)}有不止一个剂量（${list(doses.map(quote), 'and')}）；目前用的是哪个？此前的剂量可写成“5月前为20 mg”。`,
  'which-current-dose': (w, { drug, doses }) => `${drugOf(w, drug)}目前用的是哪个剂量：${list(doses.map(quote))}？`,
  'only-earlier-dose': (w, { drug, doses }) => `回答只给出了${drugOf(w, drug)}此前的剂量（${list(doses.map(quote), 'and')}）：目前用量是多少，或何时停用？`,
  'still-given': (w, { drug, latest }) => `${drugOf(w, drug)}是否仍在使用（最近一次为${days(latest)}），还是那是最后一次？请补充“持续”或“已停”。`,
  'when-given': (w, { drug }) => `${drugOf(w, drug)}是何时使用的？例如“8月”“最后一次8月14日”，如仍在用则写“自11月3日起”。`,
  'taken-for': (w, { drug }) => `${drugOf(w, drug)}用了一段时间后停用：请给出开始和停用的时间。`,
  'stopped-before-started': (w, { drug, stopped, started }) => `${drugOf(w, drug)}的停用时间（${days(stopped)}）不可能早于开始时间（${days(started)}）。`,
  'dose-not-number': (w, { drug }) => `无法将${drugOf(w, drug)}的剂量读作数字。`,
  'dose-estimate': (w, { text, drug }) => `${drugOf(w, drug)}的${quote(text)}是估计值；请给出处方剂量、界限（例如“每日 < 10 mg”），或不写剂量。`,
  'zero-dose': (w, { amount, unit, drug }) => `${drugOf(w, drug)} ${formatNumber(amount)} ${unit} 不是有效剂量：如未使用，请不要列出，或回答“无”。`,
  'zero-frequency': (w, { drug }) => `每 0 小时或 0 天一次不是有效频次；${drugOf(w, drug)}多久用一次（例如“每日”“每日两次”“每2周”）？`,
  'too-rare': (w, { drug, fact }) => `${drugOf(w, drug)}少于每${lookback(factOf(w, fact))}一次，不是规律用药；多久用一次（例如“每日”“每2周”）？`,
  'dose-above-max': (w, { daily, max, fact, drug, drugClass }) => {
    const f = factIn(w, fact, 'medication');
    const unit = f ? doseUnit(f) : '';
    return `${drugOf(w, drug)} ${formatNumber(daily)} ${unit} 高于${w.drugClass(drugClass)}的最高合理日剂量（${formatNumber(max)} ${unit}）；请核对剂量及单位。`;
  },
  'start-stop-together': (w, { text, drug }) => `请分别给出${drugOf(w, drug)}的开始和停用时间，例如“自2026年1月起，2026年3月停用”，而不是${quote(text)}。`,
  restarted: (w, { drug }) => `${drugOf(w, drug)}是否停用后又重新开始？请只给出当前疗程：目前剂量、起始时间以及之前的剂量。`,
  'dose-change-when': (w, { text, drug, dose }) => `${quote(text)}是否说明了${drugOf(w, drug)}何时从${quote(dose)}调整？请补充，例如“3月由20 mg减量”。`,
  'two-dates-for-dose': (w, { dose, drug }) => `${drugOf(w, drug)}的${quote(dose)}有两个日期；请只给一个。`,
  'two-dates': (w, { role, drug }) => `${drugOf(w, drug)}有两个${roleNames[role]}；请只给一个。`,
  'two-course-dates': (w, { drug }) => `${drugOf(w, drug)}的疗程有两个日期；请给出开始和停用的时间。`,
  'start-or-stop': (w, { text, drug }) => `${quote(text)}说的是${drugOf(w, drug)}的开始时间，还是停用时间？请补充“自……起”或“停用”。`,
  'dose-since-when': (w, { drug }) => `${drugOf(w, drug)}从何时起用此剂量？例如“2026年3月”“3周前”。`,
  'daily-dose-needed': (w, { drug }) => `请给出${drugOf(w, drug)}带单位的日剂量及用药频次，例如“10 mg 每日”“500 mg 每日两次”。`,
  'highest-dose-needed': (w, { drug }) => `${drugOf(w, drug)}的最高日剂量是多少？例如“20 mg”。`,
  'one-daily-dose': (w, { drug }) => `请给出${drugOf(w, drug)}的一个带单位的日剂量，例如“20 mg”，或“当前剂量”。`,
  'route-needed': (w, { drug }) => `${drugOf(w, drug)}如何给药：口服、静脉、皮下……？`,
  'one-date': (w, { drug }) => `请给出${drugOf(w, drug)}的一个日期，例如“2026年3月”“3周前”，或“不详”。`,
  'changed-before-started': (w, { drug, doseSince, started }) => `${drugOf(w, drug)}的剂量调整时间（${days(doseSince)}）不可能早于开始时间（${days(started)}）。`,
};
