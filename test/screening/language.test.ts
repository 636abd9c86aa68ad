import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/domain/wording';
import type { ScreeningInput } from '../../src/screening/input';
import { ScreeningDriver } from '../support/screeningDriver';

/** A typed message as a channel that sends the user's language delivers it. */
const typed = (text: string, locale?: 'en' | 'zh-CN'): ScreeningInput => ({ kind: 'message', text, ...(locale ? { locale } : {}) });

describe('the conversation’s language', () => {
  it('is the channel’s: Teams’ and Web Chat’s locale tags, any Chinese tag as zh-CN, none it does not speak', () => {
    expect(['zh-CN', 'zh-cn', 'zh-Hans-CN', 'zh', 'zh_TW'].map(localeOf)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['en-US', 'en-GB', 'EN'].map(localeOf)).toEqual(['en', 'en', 'en']);
    expect([undefined, '', 'fr-FR'].map(localeOf)).toEqual([undefined, undefined, undefined]);
  });

  it('greets and asks in Chinese when the activity says zh-CN, and in English otherwise', () => {
    const chinese = new ScreeningDriver();
    expect(chinese.plain(chinese.step(typed('hi', 'zh-CN')))[0]).toMatch(/^您好/);
    const english = new ScreeningDriver();
    expect(english.plain(english.step(typed('hi')))[0]).toMatch(/^Hello/);
  });

  it('switches when the clinician types "中文" mid-screening, keeps the answers, and stays Chinese whatever the channel says', () => {
    const driver = new ScreeningDriver();
    driver.step(typed('hi', 'en'));
    driver.step(typed('SLE', 'en'));
    const switched = driver.plain(driver.step(typed('中文', 'en')));
    expect(switched[0]).toMatch(/^从现在起我用中文回答/);
    // The open question is asked again, in Chinese.
    expect(switched.join('\n')).toMatch(/患者的年龄是多少/);
    expect(driver.state.answered).toEqual(['primary_diagnosis']);
    expect(driver.plain(driver.step(typed('45', 'en')))[0]).toMatch(/^已记录：年龄：45 岁/);
  });

  it('reads English commands and answers in a Chinese conversation, and Chinese commands in an English one', () => {
    const driver = new ScreeningDriver();
    driver.step(typed('hi', 'zh-CN'));
    expect(driver.plain(driver.step(typed('help', 'zh-CN')))[0]).toMatch(/^请像写病历一样回答/);
    driver.step(typed('CTD-TP', 'zh-CN'));
    expect(driver.plain(driver.step(typed('45', 'zh-CN')))[0]).toMatch(/^已记录：年龄/);
    const english = new ScreeningDriver();
    english.step(typed('hi'));
    expect(english.plain(english.step(typed('帮助')))[0]).toMatch(/^Answer each question/);
  });

  it('confirms a pasted summary with a Chinese “是”', () => {
    const driver = new ScreeningDriver();
    driver.step(typed('hi', 'zh-CN'));
    expect(driver.plain(driver.step(typed('45岁女性，原发性干燥综合征，血小板 48。', 'zh-CN')))[0]).toMatch(/^我从您粘贴的内容中读出了/);
    expect(driver.plain(driver.step(typed('是', 'zh-CN')))[0]).toMatch(/^已记录 \d+ 项信息/);
    expect(driver.state.answered).toContain('platelets');
  });

  it('switches back when the clinician types "English", and a new screening keeps the language chosen', () => {
    const driver = new ScreeningDriver();
    driver.step(typed('hi', 'zh-CN'));
    expect(driver.plain(driver.step(typed('English', 'zh-CN')))[0]).toMatch(/^From now on I answer in English/);
    expect(driver.plain(driver.step(typed('restart', 'zh-CN')))[0]).toMatch(/^Starting a new screening/);
    expect(driver.state.locale).toBe('en');
  });

  it('takes "中文" as the first message: the welcome itself is in Chinese', () => {
    const driver = new ScreeningDriver();
    expect(driver.plain(driver.step(typed('中文')))[0]).toMatch(/^您好/);
    expect(driver.state).toMatchObject({ locale: 'zh-CN', localeChosen: true });
  });
});
