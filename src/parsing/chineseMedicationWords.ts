import { TracedText } from '../text/tracedText';
import { CHINESE_COUNT, chineseCount } from './chineseNumerals';

/**
 * Chinese words of a medicine's timeline rewritten as the English words the medication reader reads, so that one
 * reader reads both: "9月起" → "since 9月", "去年停了" → "stopped 去年", "减到15" → "reduced to 15", "每周一次"
 * → "weekly". Chinese says when before what happened then; English the other way round, so a date followed by its
 * role word is turned about. The dates themselves are read by the date reader (chineseDates.ts).
 */
const CN_DATE = String.raw`(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|(?:今年|去年|前年)(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月(?:\d{1,2}[日号])?(?:份|初|上旬|中旬|下旬|中|底|末)?|上个?月|上周|半年(?:以|之)?前|${CHINESE_COUNT}(?:个)?(?:年|月|周|天)(?:以|之)?前|(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?)`;

/** [pattern, English] in order: the dated role words first, then the words that keep their place. */
const WORDS: readonly [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [new RegExp(String.raw`(${CN_DATE})\s*(?:开始|起|始)(?:服用?|用药?|使用)?的?`, 'g'), ' since $1 '],
  [new RegExp(String.raw`(${CN_DATE})\s*(?:加用|启用|开始用|开始服)`, 'g'), ' started $1 '],
  [new RegExp(String.raw`(${CN_DATE})\s*(?:停药|停用|停掉|停了|停)`, 'g'), ' stopped $1 '],
  [new RegExp(String.raw`(${CN_DATE})\s*(?:减量?到|减量?至|减为|降至|降到|改为)`, 'g'), ' reduced since $1 to '],
  // "8月中旬从15减下来的": this dose since then, reduced from 15.
  [new RegExp(String.raw`(${CN_DATE})\s*从\s*(\d+(?:\.\d+)?)\s*(mg|毫克)?\s*减(?:下来|量)?的?`, 'g'), ' since $1 (reduced from $2 $3) '],
  [new RegExp(String.raw`(${CN_DATE})\s*(?:打完|用完|结束)`, 'g'), ' completed $1 '],
  // "2024年曾服雷公藤": taken then, whether started or stopped then not said.
  [new RegExp(String.raw`(${CN_DATE})\s*(?:曾经?|既往)(?:服用?|吃|用|使用)过?`, 'g'), ' in $1 previously '],
  // "不记得什么时候停的": stopped, when not known.
  [/(?:不记得|记不清|记不得|忘了|不清楚)(?:是)?(?:什么时候|何时|哪年|几月)?(?:停药|停用|停)的?/g, " stopped, can't remember when "],
  // "不再服用", "未再服用": no longer taken; "不用": not taken now.
  [/(?:不再|未再)(?:服用|使用|用|服|吃)/g, ' stopped '],
  [/不(?:服用|使用|用|吃)(?!过)/g, ' not taking '],
  // An allergy, an intolerance, a refusal, an insurer's no, a start still to come, a use not yet confirmed: no use.
  // "因胃肠道不耐受停用": the reason a medicine taken was stopped, not an intolerance that kept it from being taken.
  [/因[^，,；;。]{0,8}?(?:不耐受|过敏)/g, ' for a reaction '],
  [/过敏/g, ' allergic '],
  [/不耐受/g, ' intolerant '],
  [/拒绝|拒用|拒服/g, ' refused '],
  [/(?:医保|保险)?(?:未获?批|未批准|不报销)/g, ' declined '],
  [/(?:下个?月|下周|下次|明天)(?:开始|起|再用)?/g, ' to start '],
  [/待确认|待定|待核实/g, ' not sure '],
  // "一年内", "近3个月": the window a denial covers ("in the last year"), weighed against the question's period.
  [new RegExp(String.raw`(?:近|最近)?(${CHINESE_COUNT})(?:个)?(年|月|周)(?:内|以内|来)|(?:近|最近)(${CHINESE_COUNT})(?:个)?(年|月|周)`, 'g'), (_: string, a?: string, unitA?: string, b?: string, unitB?: string) =>
    ` in the last ${chineseCount((a ?? b)!)} ${({ 年: 'years', 月: 'months', 周: 'weeks' } as Record<string, string>)[(unitA ?? unitB)!]} `],
  // "停了3天又开始": stopped for a while, then taken again: a pause, not a stop.
  [/停(?:了|用|药)?\s*\S{0,4}?[天周月]\s*(?:又|再|重新|恢复)/g, ' '],
  // "未停药", "从未停用": still taken. "没用过", "既往从未用过", "未曾服用": not taken.
  [/(?:从未|从没|未曾|未|没有?)(?:停药|停用|停服|停)/g, ' continues '],
  [/(?:既往|以前|之前|还|尚)?(?:从未|从没有?|未曾|未|没有?)(?:服用|使用|用|服|吃)过?/g, ' never '],
  [/(?:准备|打算|计划|拟)(?:减量?到|减量?至|减为|降至)/g, ' plan: taper to '],
  [/(?:准备|打算|计划|拟)(?:加量?到|加量?至|增至)/g, ' plan: increase to '],
  [/(?:准备|打算|计划|拟)(?:停药|停用|停)/g, ' plan to stop '],
  [/停(?:了|用|药)?(\d+|[一二两三四五六七八九十半]+)(?:个)?(年|月|周|天)了?/g, ' stopped $1$2前 '],
  [/最后一次(?:是|为|在)?/g, ' last dose '],
  [/(?:已停用?|已停药|停药|停用|停了|停掉)/g, ' stopped '],
  [/(?:减量?到|减量?至|减为|降至|降到)/g, ' reduced to '],
  [/(?:加量?到|加量?至|增至|增加到|增加至|加为)/g, ' increased to '],
  [/(?:之后|然后|随后|后改为|改为)/g, ' then '],
  [/(?:前为|之前为|原为|此前为)/g, ' before '],
  [/(?:以前|之前|曾经|曾|既往)(?:服用?|吃|用|使用)?过?/g, ' previously '],
  // "艾曲泊帕用过", "用过艾曲泊帕": taken once, not said to be taken now.
  [/(?:服用|使用|用|服|吃)过/g, ' previously '],
  [/(?:还没开始|尚未开始|未开始|还没用|尚未使用|未使用)/g, ' not yet started '],
  [/(?:准备|打算|计划|拟)(?:加用|上|用|开始)?/g, ' plan to start '],
  [/(?:目前|现服|现用|现在|(?<![出发表实])现|仍在?用?)/g, ' now '],
  [/早晚各?(?:一|1)次|早晚各(?:一|1)[片粒]?/g, ' bd '],
  [/(?:每周|一周)\s*(?:两|二|2)次/g, ' twice weekly '],
  [/(?:每周|一周)\s*(?:三|3)次/g, ' three times a week '],
  [/(?:每|隔)?(?:两|二|2)(?:天|日)(?:一|1)次|每隔一天/g, ' alternate days '],
  // "每天三片": tablets counted, a second dose ("5mg 每天三片" is asked, not read as 5 mg a day); one tablet is the dose.
  [new RegExp(String.raw`(${CHINESE_COUNT})\s*[片粒]`, 'g'), (_: string, count: string) => (chineseCount(count) === 1 ? ' ' : ` ${chineseCount(count)} tablets `)],
  [/(?:每日|每天|一日|一天)\s*(?:两|二|2)次/g, ' bd '],
  [/(?:每日|每天|一日|一天)\s*(?:三|3)次/g, ' tds '],
  [/(?:每日|每天|一日|一天)\s*(?:四|4)次/g, ' qds '],
  [/(?:每日|每天|一日|一天)\s*(?:一|1)次/g, ' daily '],
  [/隔日|隔天/g, ' alternate days '],
  [/每日|每天|\/日|\/天/g, ' daily '],
  [/每周一次|每周|\/周/g, ' weekly '],
  [/每月一次|每月|\/月/g, ' monthly '],
  [/每晚|睡前/g, ' nocte '],
  [/口服/g, ' oral '],
  [/静脉(?:滴注|注射)?|静滴|静点/g, ' IV '],
  [/皮下(?:注射)?/g, ' sc '],
  [/冲击/g, ' pulse '],
  [/共(\d+)次/g, ' x$1 '],
  // A course's days ("500冲击3天", "20g×5天"), never a time ago ("3天前").
  [/(?:[×x*]\s*)?(\d+)\s*天(?![前以之])/g, ' x$1d '],
  [/毫克/g, 'mg'],
  [/微克/g, 'µg'],
  [/(?<=\d)克/g, 'g'],
];

/** The text in the reader's words, each rewritten word traced to the Chinese it stands for. */
export function tracedMedicationWords(text: TracedText): TracedText {
  if (!/\p{Script=Han}/u.test(text.text)) return text;
  return WORDS.reduce((t, [pattern, english]) => t.replace(pattern, english), text);
}

export function medicationWordsInEnglish(text: string): string {
  return tracedMedicationWords(TracedText.of(text)).text;
}
