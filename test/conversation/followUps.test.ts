import { describe, expect, it } from 'vitest';
import { aplPatient, slePatient } from '../dialogs/profiles';
import { allText, askedFact, buttons } from '../support/conversation';
import { reach, summary } from './reach';

/**
 * A detail of an answer given, through the conversation: "stable for N weeks" counts from the last dose change,
 * so a medicine taken now, given with its start only, is asked since when it has been taken at its dose — on
 * the next card, and only while a study still undecided reads it — and "unknown" leaves the detail "not given",
 * never assumed. 21 November 2026 is the screening's day.
 */
describe('since when a medicine given with its start only has been at its dose', () => {
  it('is asked next, with a button for the same dose since the start, which records it', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    const replies = await conversation.say('prednisone 10 mg daily since January 2026');
    expect(askedFact(replies)).toMatchObject({ fact: 'corticosteroids', detail: 'doseSince' });
    expect(allText(replies)).toMatch(/Since when has prednisone been taken at its current dose \(10 mg\/day prednisone-equivalent\)\?/);
    expect(buttons(replies).map((b) => b.title)).toEqual(expect.arrayContaining(['Same dose since it was started (January 2026)', 'Not known']));
    // Meanwhile the dose is recorded with its last change unknown (never taken to be the start): a dose that rules
    // a study out does so at once, and unknown stability excludes no one.
    const meanwhile = await summary(conversation);
    expect(meanwhile).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(meanwhile).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
    const same = buttons(replies).find((b) => b.title.startsWith('Same dose since it was started'))!;
    await conversation.submit(same.data);
    expect(await summary(conversation)).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026, same dose since the start/);
  });

  it('"why" while it is asked names the open studies whose criteria read it', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    const why = allText(await conversation.say('why'));
    expect(why).toMatch(/I ask about when the dose of prednisone last changed because it can decide 1 open study:/);
    expect(why).toMatch(/inclusion I5a: “Before the first dose of sirolimus, a stable regimen of oral corticoids/);
  });

  it('records the date of a change, from which stability counts', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    await conversation.say('reduced 2 weeks ago');
    expect(await summary(conversation)).toMatch(/• Corticosteroids: prednisone .*this dose since 7 November 2026/);
  });

  it('"unknown" leaves it not given (never the start), and the results say "Not given", not "Answered unknown"', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    const noted = allText(await conversation.say('unknown'));
    expect(noted).toMatch(/Noted: when the dose of prednisone last changed not given/);
    const recorded = await summary(conversation);
    expect(recorded).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(recorded).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
    const results = allText(await conversation.say('results'));
    expect(results).toMatch(/Not given: when the dose of prednisone last changed/);
    expect(results).not.toMatch(/Answered "unknown": [^\n]*Corticosteroids/);
  });

  it('three unreadable answers to it leave it not given and keep the medicine as given', async () => {
    const { conversation } = await reach('corticosteroids', slePatient);
    await conversation.say('prednisone 10 mg daily since January 2026');
    await conversation.say('banana');
    await conversation.say('banana');
    const replies = await conversation.say('banana');
    expect(askedFact(replies)?.detail).not.toBe('doseSince');
    expect(allText(replies)).toMatch(/Noted: when the dose of prednisone last changed not given/);
    const recorded = await summary(conversation);
    expect(recorded).toMatch(/• Corticosteroids: prednisone 10 mg daily .*current since January 2026/);
    expect(recorded).not.toMatch(/• Corticosteroids:.*(same dose|this dose since)/);
  });

  it('is not asked when no undecided study needs it', async () => {
    const { conversation } = await reach('antithrombotics', aplPatient);
    const replies = await conversation.say('aspirin 100 mg daily since 2025');
    expect(askedFact(replies)?.fact).not.toBe('antithrombotics');
    expect(await summary(conversation)).toMatch(/• Antiplatelet or anticoagulant therapy: aspirin 100 mg daily.*current since 2025/);
  });
});
