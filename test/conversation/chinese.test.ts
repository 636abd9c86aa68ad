import { describe, expect, it } from 'vitest';
import { catalogWords } from '../../src/catalog/catalogWords';
import type { TrialRecord } from '../../src/domain/trialRecord';
import { en } from '../../src/replies/texts/en';
import { zhCN } from '../../src/replies/texts/zh-CN';
import { chineseCases, chineseNoteOf } from '../dialogs/chineseNotes';
import { CHINESE_DEFAULTS, chineseProfile } from '../dialogs/chineseProfiles';
import { screeningCases, trialNames, type ScreeningCase } from '../dialogs/profiles';
import { realCatalog } from '../support/catalog';
import { allText, buttons, Conversation, screen, type Reply } from '../support/conversation';
import { cardTexts, englishIn } from '../support/englishLeaks';

/*
 * Issue 20: a clinician whose client sends zh-CN (or who types "中文") is answered in Chinese throughout — the
 * greeting, cards, noted lines, re-prompts, results, referral, help — while English answers and commands still
 * work. A criterion keeps its verbatim source sentence beside its Chinese label.
 */

const catalog = realCatalog();
const words = catalogWords(catalog, 'zh-CN');

/** A study's name as the Chinese results write it. */
const nameOf = (record: TrialRecord) => zhCN.trials.trialName(words, { record, trialId: record.id } as Parameters<typeof zhCN.trials.trialName>[1]);
/** The case's study, by its English name (test/dialogs/profiles.ts). */
const recordOf = (screeningCase: ScreeningCase) => catalog.trials.find((t) => en.trials.trialName(catalogWords(catalog, 'en'), { record: t.record, trialId: t.record.id } as Parameters<typeof en.trials.trialName>[1]) === trialNames[screeningCase.trial])!.record;

/** Every text the clinician was shown in these replies: the messages and their cards. */
const shown = (replies: readonly Reply[]) => replies.flatMap((r) => [r.text, ...r.attachments.flatMap((a) => cardTexts(a.content))]);

/** What the clinician typed, which the bot may quote back. */
const typedIn = (conversation: Conversation) => conversation.transcript.filter((t) => t.from === 'user').map((t) => t.text);

function expectNoEnglish(conversation: Conversation): void {
  const typed = typedIn(conversation);
  const leaks = shown(conversation.replies).flatMap((text) => englishIn(text, catalog, typed).map((leak) => `${leak}  ⟵  ${text.slice(0, 120)}`));
  expect(leaks).toEqual([]);
}

async function screenedInChinese(screeningCase: ScreeningCase) {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize: 6, locale: 'zh-CN' });
  await conversation.start();
  const read = await conversation.say(chineseNoteOf(screeningCase));
  const record = buttons(read).find((b) => (b.data as { confirm?: string }).confirm === 'record');
  if (!record) throw new Error(`${screeningCase.name}: nothing read from the Chinese note`);
  const { final } = await screen(conversation, chineseProfile(screeningCase.profile), await conversation.submit(record.data), CHINESE_DEFAULTS);
  return { conversation, final };
}

/** The verdict line of the case's study in the Chinese results. */
function expectVerdict(screeningCase: ScreeningCase, final: readonly Reply[]): void {
  const text = allText(final);
  if (screeningCase.verdict === 'May be eligible') expect(text).toContain(`• ${nameOf(recordOf(screeningCase))}：${zhCN.trials.verdictLabels.eligible}。`);
  else expect(text).toContain(`• ${nameOf(recordOf(screeningCase))}——`);
}

describe('a screening in Chinese (zh-CN)', () => {
  for (const name of chineseCases) {
    const screeningCase = screeningCases.find((c) => c.name === name)!;
    it(`${name}: after a Chinese paste, the verdict in Chinese, with cards, and no English sentence`, async () => {
      const { conversation, final } = await screenedInChinese(screeningCase);
      expectVerdict(screeningCase, final);
      // Asked on cards; a study that may fit has its result card.
      expect(conversation.replies.filter((r) => r.attachments.length > 0).length).toBeGreaterThan(1);
      if (screeningCase.verdict === 'May be eligible') expect(final.some((r) => r.attachments.length > 0)).toBe(true);
      // The registry's status in Chinese, its own word quoted beside it.
      if (screeningCase.verdict === 'May be eligible') expect(shown(final).join('\n')).toMatch(/状态：(招募中|尚未开始招募|状态不详)（“(Recruiting|Not yet recruiting|Unknown)”）/);
      // The referral summary, in Chinese too.
      const referral = buttons(conversation.replies).find((b) => (b.data as { command?: string }).command === 'referral');
      // A study that may fit offers the referral summary, in Chinese too; one ruled out offers none.
      expect(referral !== undefined, 'a referral button').toBe(screeningCase.verdict === 'May be eligible');
      if (referral) expect(allText(await conversation.submit(referral.data))).toContain('转诊摘要');
      expectNoEnglish(conversation);
    }, 60_000);
  }
});

describe.each([
  ['one question at a time', 1],
  ['questions grouped on cards', 6],
])('a screening typed in Chinese from the first question, %s', (_mode, groupSize) => {
  for (const name of chineseCases) {
    const screeningCase = screeningCases.find((c) => c.name === name)!;
    it(`${name}: every answer in Chinese, the verdict in Chinese, no English sentence`, async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize, locale: 'zh-CN' });
      const { asked, final } = await screen(conversation, chineseProfile(screeningCase.profile), await conversation.start(), CHINESE_DEFAULTS);
      expect(new Set(asked).size, 'no question is asked twice').toBe(asked.length);
      expectVerdict(screeningCase, final);
      expectNoEnglish(conversation);
    }, 60_000);
  }
});

describe('commands, re-prompts and follow-ups in Chinese', () => {
  it('says help, why, summary, back, results, continue, re-prompts and follow-ups in Chinese, typed in either language', async () => {
    const conversation = new Conversation(undefined, undefined, undefined, undefined, { locale: 'zh-CN' });
    await conversation.start();
    const said = async (text: string) => allText(await conversation.say(text));
    expect(await said('help')).toMatch(/^请像写病历一样回答/);
    expect(await said('SLE')).toMatch(/^已记录：主要诊断：系统性红斑狼疮/);
    // An answer that cannot be read is asked again, saying why, in Chinese.
    expect(await said('forty')).toMatch(/请给出年龄的数值/);
    expect(await said('45')).toMatch(/^已记录：年龄：45 岁/);
    expect(await said('为什么')).toMatch(/^我询问“/);
    expect(await said('summary')).toMatch(/^目前的回答：\n• 主要诊断：系统性红斑狼疮/);
    expect(await said('返回')).toMatch(/^已删除您对年龄的回答/);
    expect(await said('45')).toMatch(/^已记录：年龄/);
    expect(await said('results')).toMatch(/患者可能符合的研究|目录中没有/);
    // The screening goes on with the next question, asked in Chinese.
    expect(await said('继续')).toMatch(/^患者的性别是？/);
    for (const answer of ['female', 'none', 'plt 45', 'unknown', 'no prednisone', 'yes']) await conversation.say(answer);
    expectNoEnglish(conversation);
  }, 60_000);
});
