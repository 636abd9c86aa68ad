import { describe, expect, it } from 'vitest';
import { answerField, fixField, itemField, keepField } from '../../src/screening/cardFields';
import type { Reply } from '../../src/screening/replies';
import { readingText } from '../support/english';
import { questionIn, ScreeningDriver } from '../support/screeningDriver';

const NAME = 'Johanna Smithfield';
const MRN = 'MRN 4481923';
const pasted = `${NAME}, ${MRN}. 47 yo woman, primary Sjögren's since 2019, thrombocytopenia plt 38 x10^9/L despite pred 15 mg/d since Apr + AZA 100 mg/d since May (MMF before that, stopped for GI intolerance). Hb 11.2 g/dL, WBC 3.9. No malignancy, HBV/HCV neg, not pregnant.`;

function reading(replies: readonly Reply[]) {
  const reply = replies.find((r) => r.kind === 'reading');
  if (reply?.kind !== 'reading') throw new Error('no confirmation card');
  return reply;
}

describe('a pasted summary', () => {
  it('is read into one confirmation card, each fact beside its words, nothing recorded before confirming', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const replies = driver.say(pasted);
    const { reading: read, ignored } = reading(replies);
    const facts = Object.fromEntries(read.facts.map((f) => [f.fact, f]));
    expect(facts.age?.source).toBe('47 yo');
    expect(facts.sex?.source).toBe('woman');
    expect(readingText('primary_diagnosis', facts.primary_diagnosis!.value, facts.primary_diagnosis!.reading)).toMatch(/Primary Sjögren's syndrome/);
    expect(facts.platelets?.value).toMatchObject({ kind: 'number', value: { low: 38, high: 38 } });
    expect(facts.hemoglobin?.value).toMatchObject({ kind: 'number', value: { low: 112, high: 112 } });
    expect(facts.malignancy_history?.source).toBe('No malignancy');
    // "HBV/HCV neg" does not settle "active infection" (TB, other infections): asked, not guessed.
    expect(read.unclear.map((u) => u.fact)).toContain('active_infection');
    expect(ignored).toEqual(expect.arrayContaining([{ kind: 'name', count: 1 }, { kind: 'record-number', count: 1 }]));
    expect(driver.state.phase).toBe('confirming');
    expect(driver.state.answers).toEqual({});
    expect(driver.plain(driver.say('summary'))[0]).toMatch(/No answers yet/);
  });

  it('never stores or echoes the identifiers in it, and says they were ignored', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const shown = driver.plain(driver.say(pasted)).join('\n');
    expect(shown).toMatch(/I ignored a name and a record number in it/);
    const recorded = driver.plain(driver.say('yes')).join('\n');
    for (const identifier of [NAME, 'Johanna', 'Smithfield', '4481923']) {
      expect(shown).not.toContain(identifier);
      expect(recorded).not.toContain(identifier);
      expect(JSON.stringify(driver.state)).not.toContain(identifier);
    }
  });

  it('records what is kept, corrected where a correction was typed, and nothing that was removed', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const { reading: read } = reading(driver.say(pasted));
    const replies = driver.submit({ askSeq: read.seq, confirm: 'record', [fixField('platelets')]: '40', [keepField('wbc')]: 'false', [keepField('age')]: 'true' });
    expect(driver.state.answers.platelets).toMatchObject({ kind: 'number', value: { low: 40, high: 40 } });
    expect(driver.state.answers.wbc).toBeUndefined();
    expect(driver.state.answers.age).toMatchObject({ kind: 'number', value: { low: 47, high: 47 } });
    expect(driver.state.answers.primary_diagnosis).toMatchObject({ kind: 'choice', value: 'pss' });
    // One line says what was recorded: the facts are on the card above, and are not listed again.
    expect(driver.plain(replies)[0]).toMatch(/^9 facts recorded; 3 studies ruled out: [^\n]*Idiopathic Retroperitoneal Fibrosis[^\n]*\.$/m);
    expect(driver.plain(replies)[0]).not.toMatch(/White-cell count|Noted:/);
    // The screening goes on with what is still open.
    expect(driver.state.phase).toBe('screening');
    expect(questionIn(replies)).toBeDefined();
  });

  it('shows one toggle per fact, marks what was guessed, and shows a field to correct a fact only when asked for', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const replies = driver.say(pasted);
    const card = driver.messages(replies).find((m) => m.card)!.card!;
    const { reading: read } = reading(replies);
    const toggles = card.body.filter((e) => e.type === 'Input.Toggle');
    expect(toggles.map((t) => t.id)).toEqual(read.facts.map((f) => keepField(f.fact)));
    const corrections = card.body.filter((e) => e.type === 'Input.Text' && String(e.id).startsWith('fix:'));
    expect(corrections).toHaveLength(read.facts.length);
    for (const field of corrections) expect(field.isVisible).toBe(false);
    expect(card.actions).toContainEqual({ type: 'Action.ToggleVisibility', title: 'Correct a fact', targetElements: corrections.map((c) => c.id) });
    const title = (fact: string) => String(toggles.find((t) => t.id === keepField(fact))!.title);
    expect(title('wbc')).toBe('White-cell count: 3.9 ×10^9/L. — from “WBC 3.9” · unit assumed');
    expect(title('corticosteroids')).toMatch(/· date resolved$/);
    expect(title('hemoglobin')).not.toMatch(/·/);
  });

  it('asks the first questions still open below the facts, so that "Record these" records them and the answers at once', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const { reading: read } = reading(driver.say(pasted));
    expect(read.asks.length).toBe(6);
    const [first, second, ...rest] = read.asks.filter((item) => !item.detail);
    expect(first && second).toBeTruthy();
    const answers = { [answerField(first!.fact)]: 'unknown', [answerField(second!.fact)]: '' };
    const replies = driver.submit({ askSeq: read.seq, confirm: 'record', ...answers });
    expect(driver.state.answers[first!.fact]).toMatchObject({ kind: 'unknown' });
    // A question left blank on this card is no answer: it is asked again if still open.
    expect(driver.state.answers[second!.fact]).toBeUndefined();
    for (const item of rest) expect(driver.state.answers[item.fact], item.fact).toBeUndefined();
    expect(driver.plain(replies)[0]).toMatch(/^1[01] facts recorded/);
    // "back" undoes the facts and the answers together, as one card.
    driver.say('back');
    expect(driver.state.answers).toEqual({});
  });

  it('a detail asked of a medicine the correction took away is not applied, and not asked again', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const { reading: read } = reading(driver.say('45F, SLE since 2019 (SLICC). Prednisone 10 mg daily. HCQ 200 mg bd since 2024. Plt 250, Hb 130 g/L.'));
    const prednisoneDetail = read.asks.find((item) => item.detail && 'drug' in item.detail && item.detail.drug === 'prednisone')!;
    expect(prednisoneDetail).toBeDefined();
    const replies = driver.submit({
      askSeq: read.seq,
      confirm: 'record',
      [fixField('corticosteroids')]: 'methylprednisolone 8 mg daily since 2025',
      [itemField(prednisoneDetail)]: 'March 2026',
    });
    expect(driver.state.answers.corticosteroids).toMatchObject({ uses: [{ drug: 'methylprednisolone' }] });
    expect(driver.plain(replies).join('\n')).not.toMatch(/prednisone/i);
    expect(questionIn(replies)?.items.some((item) => item.detail && 'drug' in item.detail && item.detail.drug === 'prednisone')).not.toBe(true);
  });

  it.each([
    ['确认', true],
    ['looks good!', true],
    ['取消', false],
    ['discard them', false],
  ])('typed "%s" to the confirmation card records it (%s) or discards it, in either language', (typed, records) => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    reading(driver.say(pasted));
    driver.say(typed);
    expect(driver.state.reading).toBeUndefined();
    expect(driver.state.answers.platelets !== undefined).toBe(records);
  });

  it('"no" discards it all; a button of an earlier reading is not applied', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    const first = reading(driver.say(pasted)).reading;
    expect(driver.plain(driver.say('no'))[0]).toMatch(/Discarded: nothing from the summary was recorded/);
    expect(driver.state.answers).toEqual({});
    reading(driver.say(pasted));
    expect(driver.plain(driver.submit({ askSeq: first.seq, confirm: 'record' }))[0]).toMatch(/belongs to an earlier question/);
    expect(driver.state.answers).toEqual({});
  });

  it('"continue" past its confirmation card discards it, says so, and leaves no reading behind', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    reading(driver.say(pasted));
    const replies = driver.say('continue');
    expect(driver.plain(replies)[0]).toMatch(/Discarded: nothing from the summary was recorded/);
    expect(questionIn(replies)).toBeDefined();
    expect(driver.state.reading).toBeUndefined();
    expect(driver.state.answers).toEqual({});
  });

  it('can be pasted at any point, and as the very first message', () => {
    const first = new ScreeningDriver({ groupSize: 6 });
    const opening = first.plain(first.say(pasted));
    expect(opening[0]).toMatch(/Hello/);
    expect(first.state.phase).toBe('confirming');

    const later = new ScreeningDriver({ groupSize: 1 });
    later.say('hi');
    later.say("Sjögren's");
    later.say(pasted);
    expect(later.state.phase).toBe('confirming');
    later.say('yes');
    expect(later.state.answers.platelets).toBeDefined();
  });

  it('an ordinary answer is not taken for a summary', () => {
    const driver = new ScreeningDriver({ groupSize: 1 });
    driver.say('hi');
    driver.say('SLE');
    driver.say('prednisone 10 mg daily, stopped 6 weeks ago');
    expect(driver.state.phase).toBe('screening');
  });
});

describe('a short note typed before any answer', () => {
  it.each([
    ['as the first message', (driver: ScreeningDriver) => driver.say('61F, retroperitoneal fibrosis due to methysergide')],
    ['to the first card', (driver: ScreeningDriver) => (driver.say('hi'), driver.say('61F, retroperitoneal fibrosis due to methysergide'))],
  ])('%s is read for confirmation, nothing recorded before it', (_when, type) => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    const { reading: read } = reading(type(driver));
    expect(read.facts.map((f) => f.fact)).toEqual(expect.arrayContaining(['age', 'sex']));
    expect(driver.state.phase).toBe('confirming');
    expect(driver.state.answers).toEqual({});
  });

  it('while answers typed to the first card as answers ("28; F; none") are read as answers', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    driver.say('hi');
    expect(driver.say('28; F; none').some((r) => r.kind === 'reading')).toBe(false);
  });
});
