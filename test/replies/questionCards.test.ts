import { describe, expect, it } from 'vitest';
import { groupHeading } from '../../src/replies/texts/en/prompts';
import { answerField } from '../../src/screening/cardFields';
import { cardTopics } from '../../src/screening/questionGroups';
import { aplPatient, screeningCases, slePatient } from '../dialogs/profiles';
import { realCatalog } from '../support/catalog';
import { cardQuestion, profileAnswer } from '../support/cardQuestion';
import { Conversation, screen } from '../support/conversation';
import { questionIn, ScreeningDriver } from '../support/screeningDriver';

const catalog = realCatalog();
const facts = (...ids: string[]) => ids.map((id) => catalog.facts.get(id)!);
/** How a lab value's field is labelled: with its unit. */
const valueLabels = new Set([...catalog.facts.values()].flatMap((f) => (f.type === 'number' ? [`${f.label} (${f.unitLabel})`] : [])));
type Card = { body: { type: string; text?: string; label?: string; choices?: { title: string }[]; items?: unknown[] }[]; actions?: { title: string }[] };

/** Every card of a grouped screening of each profile, as sent. */
async function everyCard(): Promise<Card[]> {
  const cards: Card[] = [];
  for (const { profile } of screeningCases) {
    const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize: 6 });
    await screen(conversation, profile, await conversation.start());
    cards.push(...conversation.replies.flatMap((r) => r.attachments.map((a) => a.content as Card)));
  }
  return cards;
}

describe('question cards', () => {
  it('a card sent with every field blank records nothing and comes back saying nothing was filled in; "back" then has nothing to undo', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    const intake = questionIn(driver.say('hi'))!;
    const replies = driver.submit({ askSeq: intake.seq, fact: intake.facts[0], [answerField('age')]: '  ' });
    expect(driver.plain(replies)[0]).toMatch(/^Nothing was filled in — answer, or press “Not known”\./);
    expect(questionIn(replies)).toMatchObject({ seq: intake.seq, facts: intake.facts });
    expect(driver.state.answered).toEqual([]);
    expect(driver.state.asking?.tries).toBe(0);
    expect(driver.plain(driver.say('back'))[0]).toMatch(/There is no answer to undo yet/);
  });

  it('a single question sent back blank ("answer": "") is refused the same way, never recorded unknown after three tries', () => {
    const driver = new ScreeningDriver({ groupSize: 1 });
    const first = questionIn(driver.say('hi'))!;
    for (let i = 0; i < 4; i++) {
      const replies = driver.submit({ askSeq: first.seq, fact: first.facts[0], answer: i % 2 ? '' : '   ' });
      expect(driver.plain(replies)[0]).toMatch(/^Nothing was filled in/);
    }
    expect(driver.state.answers).toEqual({});
  });

  it('"back" undoes the whole last card, every field of it, and asks it again', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    const intake = questionIn(driver.say('hi'))!;
    driver.submit({ askSeq: intake.seq, fact: intake.facts[0], ...Object.fromEntries(intake.facts.map((f) => [answerField(f), slePatient[f]])) });
    expect(driver.state.answered).toEqual(intake.facts);
    const again = questionIn(driver.say('back'))!;
    expect(driver.state.answered).toEqual([]);
    expect(again.facts).toEqual(intake.facts);
  });

  it('each heading names what its card asks', () => {
    expect(groupHeading(cardTopics(facts('splenectomy', 'stem_cell_transplant'), catalog), 0)).toBe('Does the patient have any of these?');
    expect(groupHeading(cardTopics(facts('splenectomy', 'last_major_surgery'), catalog), 1)).toBe('Medical history (matters for 1 open study)');
    expect(groupHeading(cardTopics(facts('last_major_surgery', 'last_thrombosis'), catalog), 0)).toBe('When did these last happen?');
    expect(groupHeading(cardTopics(facts('hemoglobin', 'wbc'), catalog), 0)).toBe('Latest values');
    expect(groupHeading(cardTopics(facts('antibiotics', 'hemoglobin', 'splenectomy'), catalog), 0)).toBe('Medicines, latest values and medical history');
  });

  it('one "None of these" per card, hints only where they help, and no escapes or invisible characters', async () => {
    const cards = await everyCard();
    for (const card of cards) {
      const json = JSON.stringify(card);
      expect(json.split('None of these').length - 1, json.slice(0, 200)).toBeLessThanOrEqual(1);
      expect(json).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]|\\\\[\^<>_*[\]]/);
      // A lab example only on a card that asks a lab value; no "Yes, no, or unknown." above Yes, No and Not known.
      if (json.includes('plt 185')) expect(card.body.some((e) => e.type === 'Input.Text' && valueLabels.has(e.label ?? '')), json.slice(0, 200)).toBe(true);
      if (!card.body.some((e) => e.type.startsWith('Input.'))) expect(json).not.toContain('Yes, no, or unknown.');
    }
    expect(cards.length).toBeGreaterThan(40);
  });

  it('a value typed in a field labelled with its unit is noted without a note on the unit', async () => {
    const conversation = new Conversation();
    const replies = await screenUntil(conversation, 'platelets');
    const noted = (await conversation.submit({ ...replies, answer: '65' })).map((r) => r.text).join('\n');
    expect(noted).toMatch(/Noted: Platelet count: 65 ×10\^9\/L\.\n/);
    expect(noted).not.toMatch(/No unit was given/);
  });
});

/** Answers an aPL patient's questions one at a time until `fact` is asked; the data its buttons carry. */
async function screenUntil(conversation: Conversation, fact: string): Promise<{ askSeq: number; fact: string }> {
  let replies = await conversation.start();
  for (let turn = 0; turn < 40; turn++) {
    const question = cardQuestion(replies);
    if (!question) break;
    if (question.fact === fact && !question.detail && !question.followUp) return { askSeq: question.askSeq, fact };
    const answer = profileAnswer(question, aplPatient)!;
    replies = 'text' in answer ? await conversation.say(answer.text) : await conversation.submit(answer.value);
  }
  throw new Error(`${fact} was not asked`);
}
