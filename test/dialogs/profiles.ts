/**
 * Patients as a clinician would describe them, answer by answer (fact id → what is typed). A profile
 * answers every question the bot might ask; the bot decides which it actually asks.
 */
export type Profile = Record<string, string>;

/** An unremarkable patient: every fact answered, nothing that rules anyone out by itself. */
export const unremarkable: Profile = {
  age: '50',
  sex: 'female',
  diagnosis_date: '2020',
  rpf_imaging_diagnosis: 'no',
  inflammatory_markers_raised: 'no',
  rpf_active_on_imaging: 'no',
  igg4rd_2011_criteria: 'no',
  igg4rd_responder_index: '0',
  sle_slicc_2012: 'no',
  sledai2k_clinical: '0',
  npsle: 'no',
  ctd_tp_by_two_rheumatologists: 'no',
  apl_persistent: 'no',
  thrombocytopenia_since: 'unknown',
  other_ctds: 'none',
  platelets: '250',
  hemoglobin: '130 g/L',
  wbc: '6',
  neutrophils: '4',
  urine_protein_24h: '0.1 g/24h',
  upcr: '100 mg/g',
  egfr: '90',
  anti_dsdna: '5 IU/mL',
  c3: '1.1 g/L',
  alt_uln: 'normal',
  ast_uln: 'normal',
  bilirubin_uln: 'normal',
  lipids_uln: 'normal',
  ldl: '2.5 mmol/L',
  triglycerides: '1.2 mmol/L',
  interstitial_lung_disease: 'no',
  uncontrolled_conditions: 'none',
  active_infection: 'no',
  malignancy_history: 'never',
  lymphoproliferative_history: 'no',
  reproductive_status: 'none',
  sirolimus_history: 'none',
  corticosteroid_intolerance: 'none',
  needs_repeated_systemic_steroids: 'no',
  last_major_surgery: 'never',
  stem_cell_transplant: 'no',
  splenectomy: 'no',
  last_thrombosis: 'never',
  bleeding_tendency: 'no',
  life_threatening_aps: 'no',
  corticosteroids: 'none',
  immunosuppressants: 'none',
  biologics: 'none',
  antimalarials: 'none',
  immunoglobulin: 'none',
  thrombopoietic_agents: 'none',
  antithrombotics: 'none',
  ace_inhibitors_arbs: 'none',
  analgesics: 'none',
  antibiotics: 'none',
  herbal_medicines: 'none',
  earlier_standard_treatment: 'none',
  conventional_treatment_intolerance: 'no',
  lipid_lowering_therapy: 'no',
  malignancy_exempt_only: 'no',
  sle_diagnosis_date: 'unknown',
};

const patient = (overrides: Profile): Profile => ({ ...unremarkable, ...overrides });

export const rpfPatient = patient({
  primary_diagnosis: "Ormond's disease",
  age: '70',
  sex: 'male',
  rpf_imaging_diagnosis: 'yes',
  inflammatory_markers_raised: 'yes',
  hemoglobin: 'Hb 11.0 g/dL',
  wbc: '6.1',
  neutrophils: '3.8',
  platelets: 'plt 180',
  urine_protein_24h: '0.2 g/24h',
});

export const igg4Patient = patient({
  primary_diagnosis: 'IgG4 related disease',
  age: '55',
  sex: 'male',
  igg4rd_2011_criteria: 'yes',
  igg4rd_responder_index: '4',
});

export const ctdtpPatient = patient({
  primary_diagnosis: "primary Sjogren's",
  age: '45',
  sex: 'female',
  platelets: '48',
  corticosteroids: 'prednisone 15 mg daily since May 2026',
  immunosuppressants: 'MMF 750 mg bid since May 2026',
});

export const slePatient = patient({
  primary_diagnosis: 'systemic lupus erythematosis',
  age: '30',
  sex: 'female',
  sle_slicc_2012: 'yes',
  diagnosis_date: '2019',
  sle_diagnosis_date: '2019',
  sledai2k_clinical: '6',
  anti_dsdna: '35 IU/mL',
  c3: '0.7 g/L',
  corticosteroids: 'prednisone 10 mg daily since January 2026',
  antimalarials: 'HCQ 200 mg bid since 2024',
  immunosuppressants: 'MMF 500 mg bid since March 2026',
});

export const aplPatient = patient({
  primary_diagnosis: 'antiphospholipid',
  age: '40',
  sex: 'female',
  apl_persistent: 'yes',
  platelets: '65',
  thrombocytopenia_since: '6 weeks ago',
  corticosteroids: 'prednisone 5 mg daily since August 2026',
  antimalarials: 'HCQ 200 mg daily since 2025',
  antithrombotics: 'aspirin 100 mg daily since 2025',
  wbc: '5.5',
  hemoglobin: '12.0 g/dL',
});

export const trialNames = {
  rpf: 'Study of Sirolimus in Idiopathic Retroperitoneal Fibrosis (NCT04047576)',
  igg4: 'Study of Sirolimus in IgG4-related Disease (no registry id in source)',
  ctdtp: 'SSCI: Study of Sirolimus in CTD-TP in China (NCT03688191)',
  sirius: 'SIRIUS: Efficacy and Safety of Sirolimus in Active Systemic Lupus Erythematosus (NCT04582136)',
  apl: 'Sirolimus Monotherapy in the Treatment of Antiphospholipid Antibody Related Thrombocytopenia (NCT06722586)',
} as const;

export type TrialKey = keyof typeof trialNames;

export interface ScreeningCase {
  name: string;
  profile: Profile;
  /** The trial whose verdict the case is about. */
  trial: TrialKey;
  verdict: 'May be eligible' | 'Not eligible';
  /** For "Not eligible": the criterion the bot must cite (any of these, when several rule the patient out alike). */
  because?: string | string[];
}

/** Each trial's eligible path and at least two ways to be ruled out of it. */
export const screeningCases: ScreeningCase[] = [
  { name: 'RPF: eligible', profile: rpfPatient, trial: 'rpf', verdict: 'May be eligible' },
  { name: 'RPF: moderate anaemia, Hb 8.5 g/dL', profile: { ...rpfPatient, hemoglobin: 'Hb 8.5 g/dL' }, trial: 'rpf', verdict: 'Not eligible', because: 'E4' },
  { name: 'RPF: prednisone 20 mg stopped 6 weeks ago', profile: { ...rpfPatient, corticosteroids: 'prednisone 20 mg daily, stopped 6 weeks ago' }, trial: 'rpf', verdict: 'Not eligible', because: 'E2' },
  { name: 'RPF: 80 years old', profile: { ...rpfPatient, age: '80' }, trial: 'rpf', verdict: 'Not eligible', because: 'AGE' },

  { name: 'IgG4-RD: eligible', profile: igg4Patient, trial: 'igg4', verdict: 'May be eligible' },
  { name: 'IgG4-RD: responder index 1', profile: { ...igg4Patient, igg4rd_responder_index: '1' }, trial: 'igg4', verdict: 'Not eligible', because: 'I2' },
  { name: 'IgG4-RD: with Sjögren’s syndrome', profile: { ...igg4Patient, other_ctds: "Sjogren's" }, trial: 'igg4', verdict: 'Not eligible', because: 'E4' },

  { name: 'CTD-TP: eligible', profile: ctdtpPatient, trial: 'ctdtp', verdict: 'May be eligible' },
  { name: 'CTD-TP: platelets 120', profile: { ...ctdtpPatient, platelets: '120' }, trial: 'ctdtp', verdict: 'Not eligible', because: 'D1' },
  { name: 'CTD-TP: newly diagnosed, untreated', profile: { ...ctdtpPatient, corticosteroids: 'none', immunosuppressants: 'none' }, trial: 'ctdtp', verdict: 'Not eligible', because: ['D3', 'E1'] },

  { name: 'SIRIUS: eligible', profile: slePatient, trial: 'sirius', verdict: 'May be eligible' },
  { name: 'SIRIUS: eGFR 45', profile: { ...slePatient, egfr: '45' }, trial: 'sirius', verdict: 'Not eligible', because: 'E3' },
  { name: 'SIRIUS: neuropsychiatric lupus', profile: { ...slePatient, npsle: 'yes' }, trial: 'sirius', verdict: 'Not eligible', because: 'E2' },

  { name: 'aPL: eligible', profile: aplPatient, trial: 'apl', verdict: 'May be eligible' },
  { name: 'aPL: dexamethasone 1.5 mg/day', profile: { ...aplPatient, corticosteroids: 'dexamethasone 1.5 mg daily since September 2026' }, trial: 'apl', verdict: 'Not eligible', because: 'C1' },
  { name: 'aPL: LDL 4.0 mmol/L on a statin', profile: { ...aplPatient, lipid_lowering_therapy: 'yes', ldl: 'LDL 4.0 mmol/L' }, trial: 'apl', verdict: 'Not eligible', because: 'E8' },
];

/**
 * Ten patients written for issue 18, whose verdict turns on a detail of an answer given: a medicine's start, dose,
 * the date its dose last changed, its highest dose over a period, its stop. `<fact>:<detail kind>` is the reply to
 * that detail's question.
 */
export const detailCases: ScreeningCase[] = [
  {
    name: 'RPF: pred 7.5 unchanged 10 weeks, at most 7.5 in 3 months',
    profile: { ...rpfPatient, corticosteroids: 'prednisolone 7.5 mg daily, unchanged for 10 weeks', 'corticosteroids:highestDose': '7.5 mg' },
    trial: 'rpf',
    verdict: 'May be eligible',
  },
  {
    name: 'RPF: pred 7.5 unchanged 10 weeks, 15 mg before',
    profile: { ...rpfPatient, corticosteroids: 'prednisolone 7.5 mg daily, unchanged for 10 weeks', 'corticosteroids:highestDose': '15 mg' },
    trial: 'rpf',
    verdict: 'Not eligible',
    because: 'E2',
  },
  {
    name: 'CTD-TP: prednisolone with azathioprine, starts asked',
    profile: { ...ctdtpPatient, corticosteroids: 'prednisolone 15 mg daily', immunosuppressants: 'azathioprine 100 mg daily', 'corticosteroids:started': 'January 2026', 'immunosuppressants:started': 'February 2026' },
    trial: 'ctdtp',
    verdict: 'May be eligible',
  },
  {
    name: 'CTD-TP: methylpred and tacrolimus, started 6 weeks ago',
    profile: { ...ctdtpPatient, corticosteroids: 'methylprednisolone 8 mg daily', immunosuppressants: 'tacrolimus 1 mg twice daily', 'corticosteroids:started': '6 weeks ago', 'immunosuppressants:started': '6 weeks ago', earlier_standard_treatment: 'none' },
    trial: 'ctdtp',
    verdict: 'Not eligible',
    because: 'D3',
  },
  {
    name: 'aPL: clopidogrel, same dose for six weeks',
    profile: { ...aplPatient, antithrombotics: 'clopidogrel 75 mg daily, same dose for six weeks' },
    trial: 'apl',
    verdict: 'May be eligible',
  },
  {
    name: 'aPL: prednisone without its dose, 5 mg',
    profile: { ...aplPatient, corticosteroids: 'prednisone since August 2026', 'corticosteroids:dose': '5 mg daily' },
    trial: 'apl',
    verdict: 'May be eligible',
  },
  {
    name: 'aPL: prednisone without its dose, 15 mg',
    profile: { ...aplPatient, corticosteroids: 'prednisone since August 2026', 'corticosteroids:dose': '15 mg daily' },
    trial: 'apl',
    verdict: 'Not eligible',
    because: 'C1',
  },
  {
    name: 'SIRIUS: MMF without its dose, 2 g a day',
    profile: { ...slePatient, immunosuppressants: 'MMF since March 2026', 'immunosuppressants:dose': '1 g twice daily' },
    trial: 'sirius',
    verdict: 'Not eligible',
    because: 'I5b',
  },
  {
    name: 'SIRIUS: prednisone changed 2 weeks ago',
    profile: { ...slePatient, 'corticosteroids:doseSince': '2 weeks ago' },
    trial: 'sirius',
    verdict: 'Not eligible',
    because: 'I5a',
  },
  {
    name: 'IgG4-RD: MMF stopped, 4 months ago',
    profile: { ...igg4Patient, immunosuppressants: 'MMF 1 g twice daily since 2025, stopped', 'immunosuppressants:stopped': '4 months ago' },
    trial: 'igg4',
    verdict: 'May be eligible',
  },
];
