import { describe, expect, it } from 'vitest';
import { profileAnswers } from '../../bench/engine/profileAnswers';
import type { Answers } from '../../src/domain/factValue';
import { evaluateAll } from '../../src/engine/evaluate';
import type { TrialResult } from '../../src/engine/result';
import type { AdaptiveCard, CardElement } from '../../src/replies/cards/adaptiveCard';
import { resultCard } from '../../src/replies/cards/resultCard';
import { aplPatient, slePatient } from '../dialogs/profiles';
import { voiceOf } from '../../src/replies/voice';
import { answersOf, EVALUATION_DAY, realCatalog } from '../support/catalog';

const catalog = realCatalog();
const resultOf = (answers: Answers, trialId: string): TrialResult => evaluateAll(catalog.trials, answers, EVALUATION_DAY, catalog).find((r) => r.trialId === trialId)!;
const cardOf = (answers: Answers, trialId: string) => resultCard(resultOf(answers, trialId), [], voiceOf(catalog, 'en'));

const rpfAgeAndDiagnosis = answersOf({ age: 70, primary_diagnosis: 'rpf_idiopathic' });
const sjogrenTreated = answersOf({
  age: 45,
  sex: 'female',
  primary_diagnosis: 'pss',
  other_ctds: [],
  platelets: { value: 48, unit: '10*9/L' },
  corticosteroids: [{ drug: 'prednisone', dose: { value: 15, unit: 'mg/d' }, started: '2026-04', doseSince: '2026-04' }],
  immunosuppressants: [{ drug: 'azathioprine', dose: { value: 100, unit: 'mg/d' }, started: '2026-05', doseSince: '2026-05' }],
});

/** The card's elements in order, inside containers, column sets and action sets too; hidden ones marked. */
function flat(elements: readonly unknown[], hidden = false): (CardElement & { hidden: boolean })[] {
  return elements.flatMap((e) => {
    const element = e as CardElement & { items?: unknown[]; actions?: unknown[]; isVisible?: boolean };
    const inside = hidden || element.isVisible === false;
    return [{ ...element, hidden: inside }, ...flat(element.items ?? [], inside), ...flat(element.actions ?? [], inside)];
  });
}

const shownText = (card: AdaptiveCard) => flat(card.body).filter((e) => !e.hidden && e.type === 'TextBlock').map((e) => e.text as string);
const hiddenText = (card: AdaptiveCard) => flat(card.body).filter((e) => e.hidden && e.type === 'TextBlock').map((e) => e.text as string);

describe('a result card', () => {
  it('opens with the study, the verdict and why in one line, then whom to contact with buttons to call and e-mail', () => {
    const card = cardOf(rpfAgeAndDiagnosis, 'nct04047576-rpf');
    const shown = shownText(card);
    expect(shown.slice(0, 4)).toEqual([
      'Study of Sirolimus in Idiopathic Retroperitoneal Fibrosis (NCT04047576)',
      'More information needed',
      expect.stringMatching(/^Nothing rules the patient out so far; \d+ facts are still open\.$/),
      'Contact: Hui Gao, Doctor, 8613811833264, gh841017@126.com',
    ]);
    const urls = flat(card.body).flatMap((e) => (e.type === 'Action.OpenUrl' ? [e.url] : []));
    expect(urls).toEqual(['tel:8613811833264', 'mailto:gh841017@126.com']);
  });

  it('colours no text: the verdict stands on the host’s tinted band, in its default text colour', () => {
    for (const [answers, trial] of [[rpfAgeAndDiagnosis, 'nct04047576-rpf'], [sjogrenTreated, 'nct03688191-ctd-tp']] as const) {
      const card = cardOf(answers, trial);
      expect(JSON.stringify(card)).not.toMatch(/"color"/);
      expect(card.body[1]).toMatchObject({ type: 'Container', style: trial === 'nct04047576-rpf' ? 'warning' : 'good' });
    }
  });

  it('lists what is missing, each with an "Add" button that asks it again, and says what already fits in one line', () => {
    const card = cardOf(rpfAgeAndDiagnosis, 'nct04047576-rpf');
    const adds = flat(card.body).filter((e) => !e.hidden && e.type === 'Action.Submit' && (e.data as { command?: string }).command === 'reopen');
    expect(adds.length).toBe(5);
    expect(adds[0]).toMatchObject({ title: expect.stringMatching(/^Add: .+$/), data: { command: 'reopen', reopen: { fact: expect.any(String) } } });
    expect(adds.map((a) => a.title)).toContain('Add: Platelet count');
    expect(shownText(card)).toContain('Already fits: Age; Main diagnosis.');
    expect(shownText(card).join('\n')).toMatch(/…and \d+ more: type "continue" to answer them\./);
  });

  it('names the sponsor and the site of a study with no contact, and how to reach them, with its registry record a tap away', () => {
    const card = cardOf(sjogrenTreated, 'nct03688191-ctd-tp');
    expect(shownText(card)[1]).toBe('May be eligible');
    expect(shownText(card).join('\n')).toMatch(
      /No contact is listed for this study\. Ask its lead sponsor, Chinese Academy of Medical Sciences & Peking Union Medical College, or the study site, Peking Union Medical College Hospital: .*switchboard/,
    );
    expect(flat(card.body).find((e) => e.type === 'Action.OpenUrl')).toMatchObject({ url: 'https://clinicaltrials.gov/study/NCT03688191' });
  });

  it('keeps the criteria behind "Show criteria": each as the source prints it, the registry’s lost symbol restored beside it, and the patient’s value', () => {
    const card = cardOf(profileAnswers(slePatient, catalog, EVALUATION_DAY), 'nct04582136-sirius');
    const toggle = card.actions?.find((a) => a.type === 'Action.ToggleVisibility');
    expect(toggle).toMatchObject({ title: 'Show criteria', targetElements: [expect.any(String)] });
    const hidden = card.body.find((e) => e.type === 'Container' && e.isVisible === false);
    expect(hidden?.id).toBe((toggle as { targetElements: string[] }).targetElements[0]);
    const criteria = hiddenText(card);
    const i5a = criteria.findIndex((t) => t.startsWith('Inclusion I5a — open: “Before the first dose of sirolimus, a stable regimen of oral corticoids (0-20 mg/day, prednisone or equivalent) =4 weeks;”'));
    expect(i5a).toBeGreaterThanOrEqual(0);
    expect(criteria[i5a + 1]).toMatch(/^Read as: “.* \(0-20 mg\/day, prednisone or equivalent\) ≥4 weeks;”$/);
    expect(criteria[i5a + 2]).toMatch(/ — patient: prednisone 10 mg daily \(= 10 mg\/day prednisone-equivalent\), current since January 2026$/);
  });

  it('says how each criterion stands — an exclusion that does not apply says so — and never "(yes)", "unknown (unknown)" or where in the source it stands', () => {
    const answers = profileAnswers(slePatient, catalog, EVALUATION_DAY);
    const sirius = resultCard(resultOf(answers, 'nct04582136-sirius'), [], voiceOf(catalog, 'en'));
    const ctdtp = cardOf(sjogrenTreated, 'nct03688191-ctd-tp');
    expect(hiddenText(ctdtp)).toContainEqual(expect.stringMatching(/^Exclusion E1 — does not apply: “new diagnosed CTD-IT patients”$/));
    expect(hiddenText(ctdtp)).toContainEqual(expect.stringMatching(/^Inclusion D1 — met: “Thrombocytopenia is defined/));
    for (const card of [sirius, ctdtp, cardOf(rpfAgeAndDiagnosis, 'nct04047576-rpf')]) {
      expect(JSON.stringify(card)).not.toMatch(/\((yes|no|unknown)\)/);
      expect(JSON.stringify(card)).not.toMatch(/Full description|, Methods/);
    }
  });

  it('shows a source sentence without the backslashes a registry page escaped it with', () => {
    // Ruled out by the platelet count, the criterion that quotes "30-100×10\^9/L" decides it.
    const card = cardOf(profileAnswers({ ...aplPatient, platelets: '180' }, catalog, EVALUATION_DAY), 'nct06722586-apl-tp');
    const text = hiddenText(card).join('\n');
    expect(text).toContain('persistent thrombocytopenia (30-100×10^9/L, at least for 2 weeks)');
    expect(text).not.toContain('\\');
  });
});
