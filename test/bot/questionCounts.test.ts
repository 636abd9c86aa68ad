import { describe, expect, it } from 'vitest';
import { Conversation, screen } from '../support/conversation';
import { aplPatient, ctdtpPatient, rpfPatient, screeningCases, type Profile } from '../dialogs/profiles';

/**
 * How many questions the bot asks to reach every verdict, per path. Printed for the notes; each bound is
 * the count when it was last reviewed, so a change that makes the bot chattier fails here and is looked at.
 */
const reviewed: Record<string, number> = {
  'RPF: eligible': 18,
  'RPF: moderate anaemia, Hb 8.5 g/dL': 8,
  'RPF: prednisone 20 mg stopped 6 weeks ago': 5,
  'RPF: 80 years old': 5,
  'IgG4-RD: eligible': 14,
  'IgG4-RD: responder index 1': 11,
  'IgG4-RD: with Sjögren’s syndrome': 5,
  'CTD-TP: eligible': 5,
  'CTD-TP: platelets 120': 4,
  'CTD-TP: newly diagnosed, untreated': 3,
  'SIRIUS: eligible': 34,
  'SIRIUS: eGFR 45': 15,
  'SIRIUS: neuropsychiatric lupus': 10,
  'aPL: eligible': 27,
  'aPL: dexamethasone 1.5 mg/day': 4,
  'aPL: LDL 4.0 mmol/L': 15,
};

const examples: { name: string; profile: Profile; atMost: number }[] = [
  { name: 'catalog example 1: Sjögren’s thrombocytopenia (CTD-TP eligible)', profile: ctdtpPatient, atMost: 5 },
  { name: 'catalog example 2: idiopathic RPF (RPF eligible)', profile: rpfPatient, atMost: 18 },
  { name: 'catalog example 3: aPL on dexamethasone 1.5 mg/day (aPL ineligible)', profile: { ...aplPatient, corticosteroids: 'dexamethasone 1.5 mg daily since September 2026' }, atMost: 4 },
  ...screeningCases.map((c) => ({ name: c.name, profile: c.profile, atMost: reviewed[c.name] ?? 0 })),
];

describe('questions asked to reach every verdict', () => {
  it('stays within the reviewed counts', async () => {
    const rows: { path: string; questions: number }[] = [];
    for (const { name, profile } of examples) {
      const conversation = new Conversation();
      const { asked } = await screen(conversation, profile, await conversation.start());
      rows.push({ path: name, questions: asked.length });
    }
    console.table(rows);
    for (const [i, row] of rows.entries()) expect(row.questions, row.path).toBeLessThanOrEqual(examples[i]?.atMost ?? 0);
  });
});
