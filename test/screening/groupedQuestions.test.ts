import { describe, expect, it } from 'vitest';
import { cardKindOf, type CardKind } from '../../src/screening/questionGroups';
import { answerField } from '../../src/screening/cardFields';
import { aplPatient, ctdtpPatient, rpfPatient, type Profile } from '../dialogs/profiles';
import { problemText } from '../support/english';
import { questionIn, ScreeningDriver } from '../support/screeningDriver';

type AskedQuestion = NonNullable<ReturnType<typeof questionIn>>;

/** Answers every card from the profile until one `wanted` is asked; returns it, with the driver. */
function until(wanted: CardKind | ((question: AskedQuestion, driver: ScreeningDriver) => boolean), profile: Profile): { driver: ScreeningDriver; question: AskedQuestion } {
  const driver = new ScreeningDriver({ groupSize: 6 });
  const matches = typeof wanted === 'function' ? wanted : (q: AskedQuestion) => cardKindOf(q.facts.map((id) => driver.catalog.facts.get(id)!), driver.catalog) === wanted;
  let question = questionIn(driver.say('hi'))!;
  for (let turn = 0; turn < 20; turn++) {
    if (question.facts.length > 1 && matches(question, driver)) return { driver, question };
    const next = questionIn(driver.submit({ askSeq: question.seq, fact: question.facts[0], ...Object.fromEntries(question.facts.map((f) => [answerField(f), profile[f] ?? 'unknown'])) }));
    if (!next) break;
    question = next;
  }
  throw new Error(`no such card was asked (${String(wanted)})`);
}

const recorded = (driver: ScreeningDriver, fact: string) => driver.state.answers[fact];

/** A card with at least three lab values on it. */
const labPanel = (question: AskedQuestion, driver: ScreeningDriver) => question.facts.filter((f) => driver.catalog.facts.get(f)?.type === 'number').length >= 3;

describe('grouped questions', () => {
  it('ask the diagnoses, age and sex on one card first', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    expect(questionIn(driver.say('hi'))?.facts).toEqual(['primary_diagnosis', 'age', 'sex', 'other_ctds']);
  });

  it('the intake card, which does not say a blank is not known, records only what was filled and asks the rest again', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    const question = questionIn(driver.say('hi'))!;
    const replies = driver.submit({ askSeq: question.seq, fact: question.facts[0], [answerField('primary_diagnosis')]: 'SLE', [answerField('age')]: '', [answerField('sex')]: '', [answerField('other_ctds')]: '' });
    expect(recorded(driver, 'primary_diagnosis')).toMatchObject({ kind: 'choice', value: 'sle' });
    for (const fact of ['age', 'sex', 'other_ctds']) expect(recorded(driver, fact), fact).toBeUndefined();
    expect(questionIn(replies)?.facts).toEqual(expect.arrayContaining(['age', 'sex']));
    // A button for the whole card still answers every question.
    const again = questionIn(replies)!;
    driver.submit({ askSeq: again.seq, fact: again.facts[0], answer: 'unknown' });
    expect(recorded(driver, 'age')?.kind).toBe('unknown');
  });

  it('a lab panel answered on its card records every value; a blank is unknown; a value it cannot read is asked again with why', () => {
    const { driver, question } = until(labPanel, rpfPatient);
    const [first, second, third, ...rest] = question.facts.filter((f) => driver.catalog.facts.get(f)?.type === 'number');
    const others = question.facts.filter((f) => ![first, second, third, ...rest].includes(f));
    const replies = driver.submit({
      askSeq: question.seq,
      fact: first,
      [answerField(first!)]: rpfPatient[first!]!,
      [answerField(second!)]: '',
      [answerField(third!)]: 'banana',
      ...Object.fromEntries([...rest, ...others].map((f) => [answerField(f), rpfPatient[f]])),
    });
    expect(recorded(driver, first!)?.kind).not.toBe('unknown');
    expect(recorded(driver, second!)?.kind).toBe('unknown');
    expect(recorded(driver, third!)).toBeUndefined();
    for (const f of rest) expect(recorded(driver, f), f).toBeDefined();
    const again = questionIn(replies)!;
    expect(again.facts).toEqual([third]);
    expect(again.problems?.[0]?.item.fact).toBe(third);
    expect(driver.plain(replies).at(-1)).toMatch(new RegExp(driver.catalog.facts.get(third!)!.label));
  });

  it('a lab panel answered by typing "plt 185, Hb 9.6 g/dL" records those two', () => {
    const { driver, question } = until((q) => q.facts.includes('platelets') && q.facts.includes('hemoglobin'), aplPatient);
    const replies = driver.say('plt 185, Hb 9.6 g/dL');
    expect(recorded(driver, 'platelets')).toMatchObject({ kind: 'number', value: { low: 185, high: 185 } });
    expect(recorded(driver, 'hemoglobin')).toMatchObject({ kind: 'number', value: { low: 96, high: 96 } });
    for (const other of question.facts.filter((f) => f !== 'platelets' && f !== 'hemoglobin')) expect(recorded(driver, other), other).toBeUndefined();
    expect(driver.plain(replies)[0]).toMatch(/Noted: Platelet count[\s\S]*Noted: Haemoglobin: 9\.6 g\/dL/);
  });

  it('a typed reply that matches none of the card\'s questions is asked again saying why, not shown the card again in silence', () => {
    const driver = new ScreeningDriver({ groupSize: 6 });
    const first = questionIn(driver.say('hi'))!;
    const replies = driver.say('28; F; none');
    expect(questionIn(replies)?.facts).toEqual(first.facts);
    expect(problemText(questionIn(replies)!.problems![0]!.problem)).toMatch(/I could not tell which of these questions “28; F; none” answers/);
    expect(driver.plain(replies)[0]).toMatch(/type each answer with its name/);
    expect(driver.state.answered).toEqual([]);
  });

  it('a checklist: "None of these" answers no to each; "all no except …" says yes to the named one', () => {
    const none = until('history', aplPatient);
    none.driver.submit({ askSeq: none.question.seq, fact: none.question.facts[0], answer: 'none' });
    for (const fact of none.question.facts) {
      const definition = none.driver.catalog.facts.get(fact)!;
      const value = recorded(none.driver, fact);
      // Each as its question words "none": no, none of these, never; a question with no such answer is asked again.
      if (definition.type === 'boolean') expect(value, fact).toMatchObject({ kind: 'boolean', value: false });
      else if (definition.type === 'set') expect(value, fact).toMatchObject({ kind: 'set', values: [] });
      else if (definition.type === 'date' && !definition.noneLabel) expect(value, fact).toBeUndefined();
    }

    const except = until('history', aplPatient);
    const booleans = except.question.facts.filter((f) => except.driver.catalog.facts.get(f)?.type === 'boolean');
    expect(booleans.length).toBeGreaterThan(1);
    const named = except.driver.catalog.facts.get(booleans[1]!)!;
    except.driver.say(`all no except ${named.label.toLowerCase()}`);
    expect(recorded(except.driver, named.id)).toMatchObject({ kind: 'boolean', value: true });
    expect(recorded(except.driver, booleans[0]!)).toMatchObject({ kind: 'boolean', value: false });
  });

  it('"none except <a medicine>" records that medicine under its class, never "none" for the class it names', () => {
    const { driver, question } = until((q) => q.facts.includes('corticosteroids') && q.facts.includes('immunosuppressants'), ctdtpPatient);
    // "prednisone" holds the letters of "IS" (immunosuppressants) but names no immunosuppressant: it was read as an
    // immunosuppressant (refused) and the corticosteroids recorded as none, ruling the patient out of the study she fits.
    driver.say('none except prednisone 15 mg daily since May 2026 and MMF 750 mg bid since May 2026');
    expect(recorded(driver, 'corticosteroids')).toMatchObject({ kind: 'medication', uses: [expect.objectContaining({ drug: 'prednisone' })] });
    expect(recorded(driver, 'immunosuppressants')).toMatchObject({ kind: 'medication', uses: [expect.objectContaining({ drug: 'mycophenolate' })] });
    const others = question.facts.filter((f) => driver.catalog.facts.get(f)?.type === 'medication' && f !== 'corticosteroids' && f !== 'immunosuppressants');
    expect(others.length).toBeGreaterThan(0);
    for (const fact of others) expect(recorded(driver, fact), fact).toMatchObject({ kind: 'medication', uses: [] });
  });

  it('"all no except <a name on no question of the card>" records nothing and says why, instead of the card again in silence', () => {
    const { driver, question } = until('history', aplPatient);
    const replies = driver.say('all no except gout');
    for (const fact of question.facts) expect(recorded(driver, fact), fact).toBeUndefined();
    expect(questionIn(replies)?.facts).toEqual(question.facts);
    expect(driver.plain(replies)[0]).toMatch(/I could not tell which of these questions “gout” answers/);
  });

  it('"all no except" names an item by its label, a name or an abbreviation as written, as whole words only', () => {
    const { driver, question } = until((q) => q.facts.includes('malignancy_history') && q.facts.includes('interstitial_lung_disease'), rpfPatient);
    // "cardiac" holds the letters of "ca" (cancer): the malignancy question must not take it.
    driver.say('all no except ILD');
    expect(recorded(driver, 'interstitial_lung_disease')).toMatchObject({ kind: 'boolean', value: true });
    for (const fact of question.facts.filter((f) => driver.catalog.facts.get(f)?.type === 'boolean' && f !== 'interstitial_lung_disease')) {
      expect(recorded(driver, fact), fact).toMatchObject({ kind: 'boolean', value: false });
    }
    const other = until((q) => q.facts.includes('malignancy_history') && q.facts.includes('uncontrolled_conditions'), rpfPatient);
    const replies = other.driver.say('all no except cardiac arrest');
    expect(recorded(other.driver, 'malignancy_history')).toBeUndefined();
    expect(other.driver.plain(replies)[0]).toMatch(/I could not tell which of these questions “cardiac arrest” answers/);
  });

  it('typed "none of these" answers a whole checklist; "unknown" leaves every item unknown, never no', () => {
    const none = until('history', aplPatient);
    none.driver.say('none of these');
    const booleans = none.question.facts.filter((f) => none.driver.catalog.facts.get(f)?.type === 'boolean');
    for (const fact of booleans) expect(recorded(none.driver, fact)).toMatchObject({ kind: 'boolean', value: false });

    const unknown = until('history', aplPatient);
    unknown.driver.say('unknown');
    for (const fact of unknown.question.facts) expect(recorded(unknown.driver, fact)?.kind).toBe('unknown');
  });

  it('one question at a time when the group size is 1', () => {
    const driver = new ScreeningDriver({ groupSize: 1 });
    expect(questionIn(driver.say('hi'))?.facts).toEqual(['primary_diagnosis']);
  });
});
