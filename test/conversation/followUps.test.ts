import { describe, expect, it } from 'vitest';
import { aplPatient, slePatient } from '../dialogs/profiles';
import { allText, askedFact, buttons } from '../support/conversation';
import { reach, summary } from './reach';

/**
 * Follow-up questions through the conversation: "stable for N weeks" counts from the last dose change, so a
 * medicine taken now, given with its start only, is asked about — for facts a criterion tests for stability
 * only — and "unknown" leaves the change unknown, never assumed. 21 November 2026 is the screening's day.
 */
describe('the last dose change of a medicine given with its start only', () => {
  it('is asked, with a button for "no", and "no" records the same dose since the start', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    const replies = await conversation.say('prednisone 10 mg daily since January 2026');
    expect(askedFact(replies)?.fact).toBe('corticosteroids');
    expect(allText(replies)).toMatch(/Has the dose of prednisone changed since it was started \(January 2026\)\?/);
    expect(buttons(replies).map((b) => b.title)).toEqual(expect.arrayContaining(['No, same dose since then', 'Unknown']));
    // Meanwhile the dose is recorded with its last change unknown (never taken to be the start): a dose that rules
    // a study out does so at once, and unknown stability excludes no one.
    const meanwhile = await summary(conversation);
    expect(meanwhile).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(meanwhile).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
    const no = buttons(replies).find((b) => b.title === 'No, same dose since then')!;
    await conversation.submit(no.data);
    expect(await summary(conversation)).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026, same dose since the start/);
  });

  it('"why" while it is asked names the open studies whose criteria read the medicine, not "asked again after back"', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    const why = allText(await conversation.say('why'));
    expect(why).toMatch(/I ask about corticosteroids because it can decide \d+ open stud(y|ies):/);
    expect(why).toMatch(/inclusion I5a: “Before the first dose of sirolimus, a stable regimen of oral corticoids/);
    expect(why).not.toMatch(/asked again after "back"/);
  });

  it('records the date of a change, from which stability counts', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    await conversation.say('reduced 2 weeks ago');
    expect(await summary(conversation)).toMatch(/• Corticosteroids: prednisone .*this dose since 7 November 2026/);
  });

  it('"unknown" leaves the last change unknown (never the start)', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    await conversation.say('unknown');
    const recorded = await summary(conversation);
    expect(recorded).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(recorded).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
  });

  it('three unreadable answers to it leave the last change unknown and keep the medicine as given (was recorded unknown)', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    await conversation.say('banana');
    await conversation.say('banana');
    const replies = await conversation.say('banana');
    expect(askedFact(replies)?.fact).not.toBe('corticosteroids');
    expect(allText(replies)).toMatch(/the last dose change of Corticosteroids stays unknown/);
    const recorded = await summary(conversation);
    expect(recorded).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(recorded).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
  });

  it('is not asked for a medication question no criterion tests for stability', async () => {
    const { conversation } = await reach('antithrombotics', aplPatient);
    const replies = await conversation.say('aspirin 100 mg daily since 2025');
    expect(askedFact(replies)?.fact).not.toBe('antithrombotics');
    expect(await summary(conversation)).toMatch(/• Antiplatelet or anticoagulant therapy: aspirin 100 mg daily .*current since 2025/);
  });
});
