import { dateOfDay, type Day } from '../dates/calendar';
import { TracedText } from '../text/tracedText';
import { CHINESE_COUNT, chineseCount } from './chineseNumerals';

/**
 * Chinese date words rewritten as the English ones the date reader reads ("2024年3月" → "March 2024", "3个月前" →
 * "3 months ago", "去年12月" → "December 2025"), so that one reader reads both. Durations without 前 ("RA 10年")
 * are no dates and are left alone.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS: Record<string, string> = { 年: 'year', 月: 'month', 周: 'week', 星期: 'week', 礼拜: 'week', 天: 'day', 日: 'day' };
/** Before a month number: which year it is in. */
const YEAR_WORDS: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2 };
/** Words that stand for a day or a period of their own. */
const RELATIVE: readonly [RegExp, string][] = [
  [/上个?月/g, 'last month'],
  [/(?:上周|上星期|上礼拜)/g, 'last week'],
  [/去年/g, 'last year'],
  [/昨天/g, 'yesterday'],
  [/今天/g, 'today'],
];

/** Chinese digits as a year is written with them ("二〇一八年"); 零 is 0 too. */
const DIGITS = '〇一二三四五六七八九';
const SEASONS: Record<string, string> = { 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter' };

const month = (word: string) => MONTHS[chineseCount(word) - 1];

export function chineseDatesInEnglish(traced: TracedText, today: Day): TracedText {
  const { text } = traced;
  if (!/\p{Script=Han}/u.test(text) && !/\b(?:19|20)\d{2}-\d(?!\d)/.test(text)) return traced;
  const year = dateOfDay(today).year;
  return [
    // "二〇一八年": a year in Chinese digits.
    (t: TracedText) => t.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (digits) => [...digits].map((d) => String(Math.max(0, DIGITS.indexOf(d)))).join('')),
    // "去年夏天": a season, which the date reader leaves to be asked, as it does "last summer".
    (t: TracedText) => t.replace(/(去年|今年)?(春|夏|秋|冬)(?:天|季)/g, (_, which: string | undefined, season: string) => ` ${which === '今年' ? 'this' : 'last'} ${SEASONS[season]} `),
    // "2024-3": a year and a month without its leading zero.
    (t: TracedText) => t.replace(/(?<![\d-])((?:19|20)\d{2})-([1-9])(?![\d-])/g, '$1-0$2'),
    (t: TracedText) => t.replace(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号]/g, (m, y: string, mo: string, d: string) => (month(mo) ? ` ${Number(d)} ${month(mo)} ${y} ` : m)),
    (t: TracedText) => t.replace(/((?:19|20)\d{2})年(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|初|上旬|中旬|下旬|中|底|末)?/g, (m, y: string, mo: string) => (month(mo) ? ` ${month(mo)} ${y} ` : m)),
    (t: TracedText) => t.replace(/((?:19|20)\d{2})年/g, ' $1 '),
    (t: TracedText) => t.replace(/(今年|去年|前年)(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|初|上旬|中旬|下旬|中|底|末)?/g, (m, which: string, mo: string) => (month(mo) ? ` ${month(mo)} ${year - YEAR_WORDS[which]!} ` : m)),
    // "3月余", "病程3月", "约3月": three months, as 3个月 is, never March.
    (t: TracedText) => t.replace(/(?:(?<=约|病程|近|达|已)(\d{1,2})月(?![\d份初中底末旬])|(?<![\d年])(\d{1,2})月(?=余|来|多|左右))/g, (_: string, a?: string, b?: string) => ` ${a ?? b} months `),
    (t: TracedText) => t.replace(/(?<![\d年])(\d{1,2})月(\d{1,2})[日号]/g, (m, mo: string, d: string) => (month(mo) ? ` ${Number(d)} ${month(mo)} ` : m)),
    (t: TracedText) => t.replace(/(?<![\d年])(\d{1,2}|十[一二]?)月(?:份|初|上旬|中旬|下旬|中|底|末)?(?![\d前])/g, (m, mo: string) => (month(mo) ? ` ${month(mo)} ` : m)),
    (t: TracedText) => t.replace(/半年(?:以|之)?前/g, ' 6 months ago '),
    (t: TracedText) =>
      t.replace(new RegExp(String.raw`(${CHINESE_COUNT})(?:个)?(年|月|周|星期|礼拜|天|日)(?:以|之)?前`, 'g'), (_, n: string, unit: string) => {
        const count = chineseCount(n);
        return ` ${count} ${UNITS[unit]}${count === 1 ? '' : 's'} ago `;
      }),
    (t: TracedText) => RELATIVE.reduce((s, [pattern, words]) => s.replace(pattern, ` ${words} `), t),
  ].reduce((t, rewrite) => rewrite(t), traced);
}
