import { describe, expect, it } from 'vitest';
import { Conversation, screen } from '../support/conversation';
import { aplPatient, ctdtpPatient, rpfPatient, screeningCases, type Profile } from '../dialogs/profiles';
import { SDKS } from '../support/sdks';

/**
 * How many questions the bot asks, one at a time, to reach every verdict: each bound is the count when it was last
 * reviewed, so a change that makes the bot chattier fails here and is looked at. (More facts are asked since the
 * criteria were read as their sources mean them: other diagnoses, earlier treatment, lipid-lowering therapy; and
 * since details of answers are questions counted like any other — when a dose last changed, the exact start of a
 * medicine given as a month — where they decide a study.) The turns per path, one at a time, grouped and after a
 * pasted summary, are printed by `npm run bench:turns`.
 */
const reviewed: Record<string, number> = {
  'RPF: eligible': 20,
  'RPF: moderate anaemia, Hb 8.5 g/dL': 9,
  'RPF: prednisone 20 mg stopped 6 weeks ago': 7,
  'RPF: 80 years old': 6,
  'IgG4-RD: eligible': 15,
  'IgG4-RD: responder index 1': 10,
  'IgG4-RD: with Sjögren’s syndrome': 7,
  'CTD-TP: eligible': 7,
  'CTD-TP: platelets 120': 6,
  'CTD-TP: newly diagnosed, untreated': 9,
  'SIRIUS: eligible': 37,
  'SIRIUS: eGFR 45': 17,
  'SIRIUS: neuropsychiatric lupus': 13,
  'aPL: eligible': 30,
  'aPL: dexamethasone 1.5 mg/day': 6,
  'aPL: LDL 4.0 mmol/L on a statin': 20,
};

const examples: { name: string; profile: Profile; atMost: number }[] = [
  { name: 'catalog example 1: Sjögren’s thrombocytopenia (CTD-TP eligible)', profile: ctdtpPatient, atMost: 7 },
  { name: 'catalog example 2: idiopathic RPF (RPF eligible)', profile: rpfPatient, atMost: 20 },
  { name: 'catalog example 3: aPL on dexamethasone 1.5 mg/day (aPL ineligible)', profile: { ...aplPatient, corticosteroids: 'dexamethasone 1.5 mg daily since September 2026' }, atMost: 6 },
  ...screeningCases.map((c) => ({ name: c.name, profile: c.profile, atMost: reviewed[c.name] ?? 0 })),
];

describe.each(SDKS)('with %s', (sdk) => {
  describe('questions asked to reach every verdict', () => {
    it('stays within the reviewed counts, one question at a time', async () => {
      const rows: { path: string; questions: number }[] = [];
      for (const { name, profile } of examples) {
        const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
        const { asked } = await screen(conversation, profile, await conversation.start());
        rows.push({ path: name, questions: asked.length });
      }
      for (const [i, row] of rows.entries()) expect(row.questions, row.path).toBeLessThanOrEqual(examples[i]?.atMost ?? 0);
    });

    it('takes fewer turns with grouped cards than one question at a time, on every path', async () => {
      for (const { name, profile } of examples) {
        const turns = async (groupSize: number) => {
          const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk, groupSize });
          return (await screen(conversation, profile, await conversation.start())).turns;
        };
        const [single, grouped] = [await turns(1), await turns(6)];
        expect(grouped, `${name}: ${grouped} turns grouped, ${single} one at a time`).toBeLessThan(single);
      }
    });
  });
});
