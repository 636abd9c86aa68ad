import { describe, expect, it } from 'vitest';
import { aplPatient, ctdtpPatient, detailCases, rpfPatient, trialNames, type Profile, type TrialKey } from '../dialogs/profiles';
import { allText, buttons, Conversation, screen, type Reply } from '../support/conversation';

/**
 * Patients who fit a study once a detail of an answer is known: the bot asks exactly that detail — one question at a
 * time, on grouped cards, and after a pasted summary — and the study may be eligible when it is given; when it is
 * not, the results say the detail was "not given", never that the clinician answered "unknown". A profile's
 * `<fact>:<detail kind>` is the reply to that detail's question.
 */
interface DetailClass {
  name: string;
  trial: TrialKey;
  profile: Profile;
  /** The same patient as a note a clinician would paste. */
  note: string;
  /** The details asked, each with the reply that gives it. */
  given: Record<string, string>;
  /** How the results name what is then not given. */
  notGiven: RegExp;
}

const classes: DetailClass[] = [
  {
    name: 'a steroid "7.5 mg daily, unchanged for 10 weeks" against a dose limit over 3 months: its highest dose in them',
    trial: 'rpf',
    profile: { ...rpfPatient, corticosteroids: 'prednisolone 7.5 mg daily, unchanged for 10 weeks' },
    note: "70 yo man. Idiopathic retroperitoneal fibrosis (Ormond's disease) diagnosed on CT in 2020, ESR and CRP raised. Hb 11.0 g/dL, WBC 6.1, neutrophils 3.8, plt 180. 24-h urine protein 0.2 g. Prednisolone 7.5 mg daily, unchanged for 10 weeks; no immunosuppressants or biologics in the last 12 months. No active infection, no malignancy, no lymphoproliferative disease.",
    given: { 'corticosteroids:highestDose': '7.5 mg' },
    notGiven: /Not given: highest daily dose of prednisolone in the last 3 months/,
  },
  {
    name: 'medicines named without their start ("prednisolone with azathioprine") against months of standard treatment: when each started',
    trial: 'ctdtp',
    profile: { ...ctdtpPatient, corticosteroids: 'prednisolone 15 mg daily', immunosuppressants: 'azathioprine 100 mg daily' },
    note: "45 yo woman, primary Sjögren's since 2019, thrombocytopenia plt 48 despite prednisolone 15 mg daily with azathioprine 100 mg daily. No other diagnoses.",
    given: { 'corticosteroids:started': 'January 2026', 'immunosuppressants:started': 'February 2026' },
    notGiven: /Not given: (start of prednisolone; start of azathioprine|start of azathioprine; start of prednisolone)/,
  },
  {
    name: 'a medicine without its dose ("prednisone since August 2026") against a dose limit: its daily dose',
    trial: 'apl',
    profile: { ...aplPatient, corticosteroids: 'prednisone since August 2026' },
    note: '40 yo woman, persistently aPL positive (lupus anticoagulant twice, 12 weeks apart); no other connective tissue disease. Thrombocytopenia plt 65 for 6 weeks. Hb 12.0 g/dL, WBC 5.5, eGFR 95, ALT and AST normal. Meds: prednisone since August 2026, HCQ 200 mg daily since 2025, aspirin 100 mg daily since 2025; no immunosuppressants, no IVIG, no TPO-RA, no antibiotics recently. Not on a statin. No thrombosis, no bleeding tendency, no active infection, not pregnant.',
    given: { 'corticosteroids:dose': '5 mg daily' },
    notGiven: /Not given: daily dose of prednisone/,
  },
];

const MODES = [
  ['one question at a time', 1, false],
  ['grouped cards', 6, false],
  ['after a pasted summary', 6, true],
] as const;

/** Screens the patient, the details answered as `details` says, and returns the bot's final replies and every question asked. */
async function screening(profile: Profile, details: Record<string, string>, groupSize: number, note: string | undefined): Promise<{ final: Reply[]; asked: string[] }> {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize });
  let replies = await conversation.start();
  if (note) {
    replies = await conversation.say(note);
    const record = buttons(replies).find((b) => (b.data as { confirm?: string }).confirm === 'record');
    if (!record) throw new Error('no fact read from the note');
    replies = await conversation.submit(record.data);
  }
  const { final, asked } = await screen(conversation, { ...profile, ...details }, replies);
  return { final, asked };
}

describe.each(classes)('$name', ({ trial, profile, note, given, notGiven }) => {
  const name = trialNames[trial].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it.each(MODES)('%s: asked, and may be eligible once given', async (_mode, groupSize, pasted) => {
    const { final, asked } = await screening(profile, given, groupSize, pasted ? note : undefined);
    for (const detail of Object.keys(given)) expect(asked, `asked ${detail}`).toContain(detail);
    expect(allText(final)).toMatch(new RegExp(`• ${name}: May be eligible\\.`));
  });

  it.each(MODES)('%s: "not given" when the clinician does not know it, never "answered unknown"', async (_mode, groupSize, pasted) => {
    const unknown = Object.fromEntries(Object.keys(given).map((detail) => [detail, 'unknown']));
    const { final } = await screening(profile, unknown, groupSize, pasted ? note : undefined);
    const results = allText(final);
    expect(results).toMatch(new RegExp(`• ${name}: More information needed\\.`));
    expect(results).toMatch(notGiven);
    expect(results).not.toMatch(/Answered "unknown": [^\n]*(Corticosteroids|Immunosuppressants)/);
  });
});

describe.each([
  ['one question at a time', 1],
  ['grouped cards', 6],
])('ten patients whose verdict turns on a detail, %s', (_mode, groupSize) => {
  it.each(detailCases)('$name', async ({ profile, trial, verdict, because }) => {
    const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize });
    const { final } = await screen(conversation, profile, await conversation.start());
    const name = trialNames[trial].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const transcript = conversation.transcript.filter((t) => t.from === 'bot').map((t) => t.text).join('\n');
    if (verdict === 'May be eligible') expect(allText(final)).toMatch(new RegExp(`• ${name}: May be eligible\\.`));
    else expect(transcript).toMatch(new RegExp(`Ruled out: ${name} — (inclusion|exclusion) ${because}`));
  });
});

describe('what an answer already implies is used, not asked', () => {
  it('"clopidogrel, same dose for six weeks" was taken for six weeks: the same antithrombotic for a week is met', async () => {
    const profile = { ...aplPatient, antithrombotics: 'clopidogrel 75 mg daily, same dose for six weeks' };
    for (const [, groupSize] of MODES) {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize });
      const { final, asked } = await screen(conversation, profile, await conversation.start());
      expect(asked.filter((a) => a.startsWith('antithrombotics:'))).toEqual([]);
      expect(allText(final)).toMatch(new RegExp(`• ${trialNames.apl.replace(/[()]/g, '\\$&')}: May be eligible\\.`));
      // The criterion's evidence says what was taken to follow from the answer.
      const cards = JSON.stringify(final.flatMap((r) => r.attachments.map((a) => a.content)));
      expect(cards).toMatch(/read as: clopidogrel taken since \d+ \w+ 2026 at least \(its dose began then\)/);
    }
  });
});
