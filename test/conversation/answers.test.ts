import { describe, expect, it } from 'vitest';
import { aplPatient, ctdtpPatient, slePatient } from '../dialogs/profiles';
import { allText, askedFact } from '../support/conversation';
import { reach, recordedAfter, summary } from './reach';

/**
 * The clinical review's answer items (issue 11, 8–11) through the whole conversation: what is recorded (the
 * "summary" command), whether the question is asked again, and the follow-up asked. Each test names the
 * reading an answer used to get; it asserts the one it gets now.
 */
describe('8. a negation is never use', () => {
  it('"no prednisone" (was "prednisone, current") asks whether no corticosteroid at all, then records none', async () => {
    const { conversation } = await reach('corticosteroids', ctdtpPatient);
    const replies = await conversation.say('no prednisone');
    expect(askedFact(replies)?.fact).toBe('corticosteroids');
    expect(allText(replies)).toMatch(/No corticosteroids at all in the last 12 months\?/);
    await conversation.say('yes');
    const recorded = await summary(conversation);
    expect(recorded).toMatch(/• Corticosteroids: none in the last 12 months/);
    expect(recorded).not.toMatch(/• Corticosteroids:.*prednisone/);
  });

  it('"prednisone: none" and "not on mycophenolate" are not uses either', async () => {
    expect(await recordedAfter('corticosteroids', ctdtpPatient, 'prednisone: none', 'yes')).toMatch(/• Corticosteroids: none in the last 12 months/);
    const recorded = await recordedAfter('immunosuppressants', ctdtpPatient, 'not on mycophenolate', 'yes');
    expect(recorded).toMatch(/• Immunosuppressants: none in the last 12 months/);
    expect(recorded).not.toMatch(/• Immunosuppressants:.*mycophenolate/);
  });

  it('"stopped all steroids in 2024" is none in the last 12 months, without a follow-up', async () => {
    const { conversation } = await reach('corticosteroids', ctdtpPatient);
    const replies = await conversation.say('stopped all steroids in 2024');
    expect(askedFact(replies)?.fact).not.toBe('corticosteroids');
    expect(await summary(conversation)).toMatch(/• Corticosteroids: none in the last 12 months/);
  });
});

describe('9. signs and approximations', () => {
  it('"−45" for the age (was 45 years) is asked again, and nothing is recorded', async () => {
    const { conversation } = await reach('age', ctdtpPatient);
    const replies = await conversation.say('−45');
    expect(askedFact(replies)?.fact).toBe('age');
    expect(allText(replies)).toMatch(/cannot be negative/);
    expect(await summary(conversation)).not.toMatch(/• Age:/);
  });

  it('"–45" and "about 45" for platelets (were 45 ×10^9/L) are asked again; "45?" is recorded once confirmed', async () => {
    const { conversation } = await reach('platelets', ctdtpPatient);
    expect(askedFact(await conversation.say('–45'))?.fact).toBe('platelets');
    expect(allText(await conversation.say('about 45'))).toMatch(/not an exact value/);
    const doubt = await conversation.say('45?');
    expect(allText(doubt)).toMatch(/Record Platelet count: 45 ×10\^9\/L\?/);
    expect(await summary(conversation)).not.toMatch(/• Platelet count:/);
    await conversation.say('yes');
    expect(await summary(conversation)).toMatch(/• Platelet count: 45 ×10\^9\/L/);
  });

  it('"45?" answered "unknown" records unknown, never 45', async () => {
    const { conversation } = await reach('platelets', ctdtpPatient);
    await conversation.say('45?');
    await conversation.say('unknown');
    expect(await summary(conversation)).toMatch(/• Platelet count: unknown/);
  });
});

describe('10. plausibility', () => {
  it.each(['prednisone 5000 mg daily', 'dexamethasone 1000 mg', 'prednisone 0 mg daily', 'prednisone 10 mg every 0 days', 'prednisone 10 mg q0h', 'prednisone 10 mg every 1000 weeks'])(
    '"%s" (was recorded) is asked again',
    async (text) => {
      const { conversation } = await reach('corticosteroids', ctdtpPatient);
      expect(askedFact(await conversation.say(text))?.fact).toBe('corticosteroids');
      expect(await summary(conversation)).not.toMatch(/• Corticosteroids:/);
    },
  );

  it('platelets typed 1501 (was 1.5 ×10^9/L) get the unit question; 45 g/L (was 45 ×10^9/L) is asked again', async () => {
    const { conversation } = await reach('platelets', ctdtpPatient);
    expect(allText(await conversation.say('1501'))).toMatch(/Please add the unit/);
    expect(allText(await conversation.say('45 g/L'))).toMatch(/letter case matters/);
    expect(await summary(conversation)).not.toMatch(/• Platelet count:/);
  });

  it('a diagnosis year before the patient’s birth (was recorded) is asked again', async () => {
    const { conversation } = await reach('diagnosis_date', { ...slePatient, age: '30' });
    const replies = await conversation.say('1980');
    expect(askedFact(replies)?.fact).toBe('diagnosis_date');
    expect(allText(replies)).toMatch(/before the patient was born/);
    await conversation.say('2019');
    expect(await summary(conversation)).toMatch(/Date of diagnosis: 2019/);
  });
});

describe('11. the same words mean the same thing in every question', () => {
  it('the studies’ names for their conditions are understood as the main diagnosis', async () => {
    const { conversation } = await reach('primary_diagnosis', aplPatient);
    await conversation.say('aPL-TP');
    expect(await summary(conversation)).toMatch(/Main diagnosis: Antiphospholipid antibodies/);
  });

  it('a condition the main-diagnosis question accepts is accepted as another diagnosis (was refused)', async () => {
    const { conversation } = await reach('other_ctds', aplPatient);
    const replies = await conversation.say('lupus nephritis and secondary APS');
    expect(askedFact(replies)?.fact).not.toBe('other_ctds');
    expect(await summary(conversation)).toMatch(/Other diagnoses: Systemic lupus erythematosus, Antiphospholipid/);
  });

  it('natural negatives and uncertainty in yes/no questions (were re-asked)', async () => {
    const { conversation } = await reach('malignancy_history', slePatient);
    await conversation.say('no history of cancer');
    expect(await summary(conversation)).toMatch(/Malignancy: Never/);
    const { conversation: other } = await reach('sirolimus_history', slePatient);
    await other.say('has never received it');
    expect(await summary(other)).toMatch(/Sirolimus history: none of these/);
    const { conversation: third } = await reach('npsle', slePatient);
    await third.say('not that I know');
    expect(await summary(third)).toMatch(/Neuropsychiatric lupus: unknown/);
  });

  it('"no pregnancy" asks whether none of the four, then records none', async () => {
    const { conversation } = await reach('reproductive_status', slePatient);
    expect(allText(await conversation.say('no pregnancy'))).toMatch(/None of these: pregnant, planning pregnancy soon, breast-feeding and post-partum\?/);
    await conversation.say('yes');
    expect(await summary(conversation)).toMatch(/Pregnancy, planned pregnancy, breast-feeding or post-partum: none of these/);
  });
});
