import type { ScreeningCase } from '../../test/dialogs/profiles';

/**
 * For each screening case, the de-identified summary a referring clinician would paste: the same patient as the
 * case's profile, written as a note. A case not listed here is its base patient's note with the case's change.
 */
const notes = {
  rpf: ({ age = '70', hb = 'Hb 11.0 g/dL', steroids = 'No steroids' }) =>
    `${age} yo man. Idiopathic retroperitoneal fibrosis (Ormond's disease) diagnosed on CT in 2020, ESR and CRP raised. ${hb}, WBC 6.1, neutrophils 3.8, plt 180. 24-h urine protein 0.2 g. ${steroids}, no immunosuppressants or biologics in the last 12 months. No active infection, no malignancy, no lymphoproliferative disease.`,
  igg4: ({ ri = '4', other = 'No other connective tissue disease' }) =>
    `55 yo man with IgG4-related disease meeting the 2011 comprehensive diagnostic criteria, IgG4-RD responder index ${ri}. ${other}. No steroids, immunosuppressants or biologics in the last year. No active infection, no malignancy.`,
  ctdtp: ({ plt = '48', treatment = 'despite prednisone 15 mg daily since May 2026 and MMF 750 mg bid since May 2026, doses unchanged' }) =>
    `45 yo woman, primary Sjögren's since 2019, thrombocytopenia plt ${plt} ${treatment}. No other diagnoses.`,
  sle: ({ egfr = '90', npsle = 'No neuropsychiatric lupus' }) =>
    `30 yo woman with SLE since 2019, fulfils the 2012 SLICC criteria; no other connective tissue disease. SLEDAI-2K 6 excluding serology, anti-dsDNA 35 IU/mL, C3 0.7 g/L. Hb 13.0 g/dL, plt 250, WBC 6.0, neutrophils 4.0, 24-h urine protein 0.1 g, UPCR 100 mg/g, eGFR ${egfr}, ALT and AST normal. ${npsle}, no active infection, no malignancy, no lymphoproliferative disease. Meds: prednisone 10 mg daily since January 2026, HCQ 200 mg bid since 2024, MMF 500 mg bid since March 2026; no biologics and no IVIG in the last year. Never had sirolimus. Not pregnant, not breastfeeding, not planning a pregnancy.`,
  apl: ({ steroid = 'prednisone 5 mg daily since August 2026', lipids = 'Not on a statin' }) =>
    `40 yo woman, persistently aPL positive (lupus anticoagulant twice, 12 weeks apart); no other connective tissue disease. Thrombocytopenia plt 65 for 6 weeks. Hb 12.0 g/dL, WBC 5.5, eGFR 95, ALT and AST normal. Meds: ${steroid}, HCQ 200 mg daily since 2025, aspirin 100 mg daily since 2025; no immunosuppressants, no IVIG, no TPO-RA, no antibiotics recently. ${lipids}. No thrombosis, no bleeding tendency, no active infection, not pregnant.`,
};

const byCase: Record<string, string> = {
  'RPF: eligible': notes.rpf({}),
  'RPF: moderate anaemia, Hb 8.5 g/dL': notes.rpf({ hb: 'Hb 8.5 g/dL' }),
  'RPF: prednisone 20 mg stopped 6 weeks ago': notes.rpf({ steroids: 'Prednisone 20 mg daily, stopped 6 weeks ago' }),
  'RPF: 80 years old': notes.rpf({ age: '80' }),
  'IgG4-RD: eligible': notes.igg4({}),
  'IgG4-RD: responder index 1': notes.igg4({ ri: '1' }),
  'IgG4-RD: with Sjögren’s syndrome': notes.igg4({ other: "Also primary Sjögren's syndrome" }),
  'CTD-TP: eligible': notes.ctdtp({}),
  'CTD-TP: platelets 120': notes.ctdtp({ plt: '120' }),
  'CTD-TP: newly diagnosed, untreated': notes.ctdtp({ treatment: 'newly diagnosed, never treated: no steroids and no immunosuppressants' }),
  'SIRIUS: eligible': notes.sle({}),
  'SIRIUS: eGFR 45': notes.sle({ egfr: '45' }),
  'SIRIUS: neuropsychiatric lupus': notes.sle({ npsle: 'Neuropsychiatric lupus' }),
  'aPL: eligible': notes.apl({}),
  'aPL: dexamethasone 1.5 mg/day': notes.apl({ steroid: 'dexamethasone 1.5 mg daily since September 2026' }),
  'aPL: LDL 4.0 mmol/L on a statin': notes.apl({ lipids: 'On a statin, LDL 4.0 mmol/L' }),
};

export function summaryOf(screeningCase: ScreeningCase): string {
  const note = byCase[screeningCase.name];
  if (note === undefined) throw new Error(`no summary written for the screening case "${screeningCase.name}" (bench/turns/summaries.ts)`);
  return note;
}
