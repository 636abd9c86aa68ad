import { describe, expect, it } from 'vitest';
import { allText, askedFact, buttons, Conversation, screen } from '../support/conversation';
import { aplPatient, rpfPatient } from '../dialogs/profiles';
import { SDKS } from '../support/sdks';
import { reach } from '../conversation/reach';

describe.each(SDKS)('with %s', (sdk) => {
  /** Starts a conversation and answers until the bot asks `fact`. */
  const until = (fact: string, profile = rpfPatient) => reach(fact, profile, { sdk });

  describe('the opening', () => {
    it('welcomes once, says what the bot does, lists the studies, never asks for names, and asks the diagnosis with buttons', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      const replies = await conversation.start();
      const text = allText(replies);
      expect(text).toMatch(/may fit a clinical trial/);
      expect(text).toMatch(/do not give me the patient’s name or record number/);
      expect(text).toMatch(/Studies in the catalog \(5\)/);
      expect(askedFact(replies)?.fact).toBe('primary_diagnosis');
      const choices = (replies.at(-1)?.attachments[0]?.content as { body: { type: string; choices?: { value: string }[] }[] }).body.find((b) => b.type === 'Input.ChoiceSet')?.choices?.map((c) => c.value);
      expect(choices).toEqual(expect.arrayContaining(['rpf_idiopathic', 'igg4rd', 'sle', 'pss', 'aps']));
      const again = await conversation.start();
      expect(allText(again)).not.toMatch(/Hello/);
    });

    it('greets a channel that sends no conversationUpdate on the first message, then asks the diagnosis', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      const replies = await conversation.say('hi');
      expect(allText(replies)).toMatch(/Hello/);
      expect(askedFact(replies)?.fact).toBe('primary_diagnosis');
    });

    it.each([
      ['lupus', 'Systemic lupus erythematosus'],
      ['SLE', 'Systemic lupus erythematosus'],
      ['systemic lupus erythematosis', 'Systemic lupus erythematosus'],
      ["Ormond's disease", 'Idiopathic retroperitoneal fibrosis'],
      ['IgG4 related disease', 'IgG4-related disease'],
      ['APS', 'Antiphospholipid'],
      ['antiphospholipid', 'Antiphospholipid'],
    ])('recognises the diagnosis typed as "%s"', async (typed, label) => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      await conversation.start();
      expect(allText(await conversation.say(typed))).toMatch(new RegExp(`Noted: Main diagnosis: ${label}`));
    });
  });

  describe('answers as doctors type them', () => {
    it.each([
      ['hemoglobin', 'Hb 8.5 g/dL', /85 g\/L/],
      ['platelets', '45,000/µL', /45 ×10\^9\/L/],
      ['platelets', 'plt 45k', /45 ×10\^9\/L/],
    ])('%s typed as "%s" is converted and echoed', async (fact, typed, echo) => {
      const { conversation } = await until(fact);
      expect(allText(await conversation.say(typed))).toMatch(echo);
    });

    it('LDL in mg/dL is converted to mmol/L', async () => {
      const { conversation } = await until('ldl', { ...aplPatient, lipid_lowering_therapy: 'yes' });
      expect(allText(await conversation.say('LDL 120 mg/dL'))).toMatch(/3\.1\d* mmol\/L/);
    });

    it('"unknown" is recorded as unknown, never as no, and the results say so', async () => {
      const { conversation } = await until('interstitial_lung_disease');
      expect(allText(await conversation.say('not sure'))).toMatch(/Noted: .*unknown/i);
      const { final } = await screen(conversation, { ...rpfPatient }, await conversation.say('summary'));
      expect(allText(final)).toMatch(/Answered "unknown": Interstitial pneumonia/);
      expect(allText(final)).toMatch(/Study of Sirolimus in Idiopathic Retroperitoneal Fibrosis \(NCT04047576\): More information needed/);
    });

    it('a card submission answers like typed text', async () => {
      const { conversation, replies } = await until('interstitial_lung_disease');
      const no = buttons(replies).find((b) => b.title === 'No');
      expect(no).toBeDefined();
      expect(allText(await conversation.submit(no!.data))).toMatch(/Noted: Interstitial pneumonia \/ interstitial lung disease: no/);
    });

    it('after three unreadable answers the fact is recorded as unknown and the screening moves on', async () => {
      const { conversation } = await until('hemoglobin');
      const first = await conversation.say('banana');
      expect(allText(first)).toMatch(/g\/L|g\/dL/);
      expect(askedFact(first)?.fact).toBe('hemoglobin');
      await conversation.say('banana');
      const third = await conversation.say('banana');
      expect(allText(third)).toMatch(/recorded Haemoglobin as unknown/);
      expect(askedFact(third)?.fact).not.toBe('hemoglobin');
    });

    it('a bound such as "> 100" survives the stored state and still decides', async () => {
      const { conversation } = await until('platelets');
      expect(allText(await conversation.say('plt > 100'))).toMatch(/Noted: Platelet count/);
      const summary = allText(await conversation.say('summary'));
      expect(summary).toMatch(/Platelet count: .*≥ 100 ×10\^9\/L/);
      const results = allText(await conversation.say('results'));
      // ≥ 100 rules out the CTD-TP study (< 100 required) but cannot decide RPF's "< 50" the wrong way.
      expect(results).toMatch(/SSCI: Study of Sirolimus in CTD-TP in China \(NCT03688191\) — inclusion D1/);
    });

    it('an implausible value is re-asked with the expected range, not stored', async () => {
      const { conversation } = await until('hemoglobin');
      const replies = await conversation.say('Hb 900 g/L');
      expect(askedFact(replies)?.fact).toBe('hemoglobin');
      expect(allText(replies)).not.toMatch(/Noted/);
    });
  });

  describe('commands at any point', () => {
    it('help mid-question explains and repeats the question; the next answer still answers it', async () => {
      const { conversation } = await until('hemoglobin');
      const help = await conversation.say('help');
      expect(allText(help)).toMatch(/back — undo the last answer/);
      expect(askedFact(help)?.fact).toBe('hemoglobin');
      expect(allText(await conversation.say('110 g/L'))).toMatch(/Noted: Haemoglobin: 110 g\/L/);
    });

    it('why names the criteria and studies the question serves', async () => {
      const { conversation } = await until('hemoglobin');
      const why = allText(await conversation.say('why'));
      expect(why).toMatch(/Retroperitoneal Fibrosis — exclusion E4: “Massive proteinuria/);
    });

    it('back undoes the last answer and asks it again', async () => {
      const { conversation } = await until('hemoglobin');
      const answeredBefore = allText(await conversation.say('summary')).split('\n').filter((line) => line.startsWith('• '));
      const lastAnswered = answeredBefore.at(-1)!;
      expect(lastAnswered).toBeDefined();
      const back = await conversation.say('back');
      expect(allText(back)).toMatch(/Removed your answer for/);
      const asked = askedFact(back)?.fact;
      expect(asked).toBeDefined();
      expect(asked).not.toBe('hemoglobin');
      const answeredAfter = allText(await conversation.say('summary')).split('\n').filter((line) => line.startsWith('• '));
      expect(answeredAfter).toEqual(answeredBefore.slice(0, -1));
      expect(answeredAfter).not.toContain(lastAnswered);
    });

    it('restart clears the answers and asks the diagnosis again', async () => {
      const { conversation } = await until('hemoglobin');
      const restart = await conversation.say('restart');
      expect(allText(restart)).toMatch(/Starting a new screening/);
      expect(askedFact(restart)?.fact).toBe('primary_diagnosis');
      expect(allText(await conversation.say('summary'))).toMatch(/No answers yet/);
    });

    it('results shows the results now with what is unknown; continue carries on', async () => {
      const { conversation } = await until('hemoglobin');
      const results = await conversation.say('results');
      expect(allText(results)).toMatch(/Not yet known: .*Haemoglobin/);
      expect(allText(results)).toMatch(/Screening paused/);
      const resumed = await conversation.say('continue');
      expect(askedFact(resumed)?.fact).toBe('hemoglobin');
    });

    it('a button from an earlier question is recognised as stale and not applied', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      const opening = await conversation.start();
      const oldButton = buttons(opening).find((b) => b.data.fact === 'primary_diagnosis')!;
      await conversation.say('SLE');
      const stale = await conversation.submit({ ...oldButton.data, answer: 'rpf_idiopathic' });
      expect(allText(stale)).toMatch(/belongs to an earlier question \(Main diagnosis\)/);
      expect(allText(await conversation.say('summary'))).toMatch(/Main diagnosis: Systemic lupus erythematosus/);
    });

    it('a button of a screening since restarted, or of another question, is never applied', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      await conversation.start();
      await conversation.say('IgG4-RD');
      const before = askedFact(await conversation.say('55'))!;
      await conversation.say('restart');
      await conversation.say('SLE');
      const now = askedFact(await conversation.say('50'))!;
      // Question numbers start at random, so the old screening's cannot stand for the new one's.
      expect(now.askSeq).not.toBe(before.askSeq);
      const oldButton = await conversation.submit({ askSeq: before.askSeq, fact: before.fact, answer: 'male' });
      expect(allText(oldButton)).toMatch(/belongs to an earlier question/);
      // The current question's number with another fact: not an answer to this question either.
      const otherFact = await conversation.submit({ askSeq: now.askSeq, fact: now.fact === 'other_ctds' ? 'npsle' : 'other_ctds', answer: 'none' });
      expect(allText(otherFact)).toMatch(/belongs to an earlier question/);
      expect(allText(await conversation.say('summary')).match(/^• /gm)).toHaveLength(2);
    });

    it('the referral summary is de-identified plain lines with the study and its contact, never a preformatted block', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      const { final } = await screen(conversation, rpfPatient, await conversation.start());
      const referral = buttons(final).find((b) => b.data.command === 'referral' && b.data.trialId === 'nct04047576-rpf');
      expect(referral).toBeDefined();
      const replies = await conversation.submit(referral!.data);
      const text = allText(replies);
      expect(text).toMatch(/^Referral summary \(de-identified/);
      // What a chat list previews is its first words, and a block of code neither wraps nor previews.
      expect(replies[0]!.shown).toMatch(/^Referral summary \(de-identified/);
      expect(replies[0]!.shown).not.toContain('```');
      expect(text).toMatch(/Study: Study of Sirolimus in Idiopathic Retroperitoneal Fibrosis \(NCT04047576\)/);
      expect(text).toMatch(/• Haemoglobin: Hb 11\.0 g\/dL \(= 110 g\/L\)/);
      expect(text).toMatch(/Contact: Hui Gao, Doctor, 8613811833264, gh841017@126\.com/);
    });

    it('after the results, any other message says the screening is complete', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      await screen(conversation, rpfPatient, await conversation.start());
      expect(allText(await conversation.say('what now'))).toMatch(/The screening is complete/);
    });
  });

  describe('shared conversations', () => {
    it('refuses group chats politely, pointing to the personal chat', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'groupChat', isGroup: true }, undefined, { sdk });
      const replies = await conversation.say('SLE');
      expect(allText(replies)).toMatch(/private chat/);
      expect(askedFact(replies)).toBeUndefined();
    });
  });
});
