import { describe, expect, it } from 'vitest';
import type { PatientFile, PatientMedication } from '../../src/domain/patientFile';
import { statusOf } from '../../src/engine/criterionResult';
import { evaluate } from '../../src/engine/evaluate';
import { patientView } from '../../src/engine/patientView';
import { answersOf, EVALUATION_DAY, realCatalog, trialOf } from '../support/catalog';

/**
 * For every coded criterion of every seeded trial: patients on each side of its boundary.
 * `passes` leave the patient in (inclusion met / exclusion not met); `excludes` rule them out.
 * Evaluated on 2026-11-21, so "3 months before" is 2026-08-21.
 */
type Facts = PatientFile['facts'];
interface BoundaryCase {
  criterion: string;
  passes: Facts[];
  excludes: Facts[];
}

const med = (drug: string, dose?: [number, string], dates: Partial<Omit<PatientMedication, 'drug' | 'dose'>> = {}): PatientMedication => ({
  drug,
  ...(dose ? { dose: { value: dose[0], unit: dose[1] } } : {}),
  ...dates,
});
const noMeds = { corticosteroids: [], immunosuppressants: [], biologics: [], herbal_medicines: [] };
/** Taken since 1 January 2026 at the same dose: the dose history is known. */
const since2026 = { started: '2026-01-01', doseSince: '2026-01-01' };

/** RPF E2 and IgG4 E2 share their wording; both are tested with the same boundaries. */
const recentTreatment = (trial: string): BoundaryCase => ({
  criterion: `${trial}/E2`,
  passes: [
    { ...noMeds, corticosteroids: [med('prednisone', [10, 'mg/d'], since2026)] },
    { ...noMeds, corticosteroids: [med('methylprednisolone', [8, 'mg/d'], since2026)] },
    // Two at once, 5 + 5 mg/day prednisone-equivalent: at the threshold, not above it.
    { ...noMeds, corticosteroids: [med('prednisone', [5, 'mg/d'], since2026), med('hydrocortisone', [20, 'mg/d'], since2026)] },
    { ...noMeds, corticosteroids: [med('prednisone', [30, 'mg/d'], { ...since2026, stopped: '2026-08-20' })] },
    { ...noMeds, immunosuppressants: [med('azathioprine', [100, 'mg/d'], { stopped: '2026-08-20' })] },
    { ...noMeds, herbal_medicines: [med('tripterygium', undefined, { stopped: '2026-08-20' })] },
    // A herbal medicine that is not an immunosuppressant, within the 3 months.
    { ...noMeds, herbal_medicines: [med('chinese_herbal_medicine', undefined, { stopped: '2026-10-01' })] },
    { ...noMeds, biologics: [med('rituximab', undefined, { stopped: '2026-08-20' })] },
  ],
  excludes: [
    { ...noMeds, corticosteroids: [med('prednisone', [10.5, 'mg/d'], since2026)] },
    { ...noMeds, corticosteroids: [med('dexamethasone', [1.6, 'mg/d'], since2026)] },
    // 7.5 + 5 (methylprednisolone 4 mg) = 12.5 mg/day prednisone-equivalent, each alone at most 10.
    { ...noMeds, corticosteroids: [med('prednisone', [7.5, 'mg/d'], since2026), med('methylprednisolone', [4, 'mg/d'], since2026)] },
    // A taper from 20 to 7.5 mg/day inside the 3 months.
    {
      ...noMeds,
      corticosteroids: [
        med('prednisone', [20, 'mg/d'], { started: '2026-06-01', doseSince: '2026-06-01', stopped: '2026-10-01' }),
        med('prednisone', [7.5, 'mg/d'], { started: '2026-10-01', doseSince: '2026-10-01' }),
      ],
    },
    { ...noMeds, corticosteroids: [med('prednisone', [30, 'mg/d'], { ...since2026, stopped: '2026-08-21' })] },
    { ...noMeds, immunosuppressants: [med('azathioprine', [100, 'mg/d'], { stopped: '2026-08-21' })] },
    { ...noMeds, immunosuppressants: [med('iguratimod', [50, 'mg/d'], { stopped: '2026-08-21' })] },
    { ...noMeds, herbal_medicines: [med('tripterygium', undefined, { stopped: '2026-08-21' })] },
    { ...noMeds, biologics: [med('rituximab', undefined, { stopped: '2026-08-21' })] },
  ],
});

const intolerance = (trial: string): BoundaryCase => ({
  criterion: `${trial}/E3`,
  passes: [{ corticosteroid_intolerance: [], sirolimus_history: ['previous_treatment'] }],
  excludes: [
    { corticosteroid_intolerance: ['contraindication'], sirolimus_history: [] },
    { corticosteroid_intolerance: [], sirolimus_history: ['allergy'] },
    { corticosteroid_intolerance: [], sirolimus_history: ['serious_adverse_reaction'] },
  ],
});

const rpf = 'nct04047576-rpf';
const igg4 = 'igg4rd-sirolimus';
const ctdtp = 'nct03688191-ctd-tp';
const sirius = 'nct04582136-sirius';
const apl = 'nct06722586-apl-tp';
const normalBloods = { urine_protein_24h: 2.99, hemoglobin: 90, wbc: 1.5, neutrophils: 0.5, platelets: 50, interstitial_lung_disease: false };
const normalLiver = { alt_uln: 1.5, ast_uln: 1.5, bilirubin_uln: 2, lipids_uln: 2 };
const siriusRenal = { urine_protein_24h: 3.49, upcr: 3500, egfr: 60 };
const aplLabs = { alt_uln: 3, ast_uln: 3, egfr: 40 };

/** Nothing in the last 12 months, nothing before, no intolerance: the lists of a patient D3 rules out. */
const ctdtpUntreated = { corticosteroids: [], immunosuppressants: [], biologics: [], earlier_standard_treatment: 'none', conventional_treatment_intolerance: false };

const cases: BoundaryCase[] = [
  // Retroperitoneal fibrosis (NCT04047576)
  { criterion: `${rpf}/AGE`, passes: [{ age: 18 }, { age: 75 }], excludes: [{ age: 17 }, { age: 76 }] },
  {
    criterion: `${rpf}/I1`,
    passes: [
      { primary_diagnosis: 'rpf_idiopathic', rpf_imaging_diagnosis: true },
      { primary_diagnosis: 'rpf_igg4', rpf_imaging_diagnosis: true },
      { primary_diagnosis: 'igg4rd', other_ctds: ['rpf_idiopathic'], rpf_imaging_diagnosis: true },
    ],
    excludes: [
      { primary_diagnosis: 'rpf_idiopathic', rpf_imaging_diagnosis: false },
      { primary_diagnosis: 'igg4rd', other_ctds: [], rpf_imaging_diagnosis: true },
    ],
  },
  {
    criterion: `${rpf}/I2`,
    passes: [
      { inflammatory_markers_raised: true, rpf_active_on_imaging: false },
      { inflammatory_markers_raised: false, rpf_active_on_imaging: true },
    ],
    excludes: [{ inflammatory_markers_raised: false, rpf_active_on_imaging: false }],
  },
  { criterion: `${rpf}/E1`, passes: [{ primary_diagnosis: 'rpf_idiopathic' }, { primary_diagnosis: 'rpf_igg4' }], excludes: [{ primary_diagnosis: 'rpf_secondary' }] },
  recentTreatment(rpf),
  intolerance(rpf),
  {
    criterion: `${rpf}/E4`,
    passes: [
      normalBloods,
      { ...normalBloods, hemoglobin: { value: 9.0, unit: 'g/dL' } },
      { ...normalBloods, platelets: { value: 50000, unit: '/uL' } },
      { ...normalBloods, urine_protein_24h: { value: 2990, unit: 'mg/d' } },
    ],
    excludes: [
      { ...normalBloods, urine_protein_24h: 3 },
      { ...normalBloods, urine_protein_24h: { value: 3000, unit: 'mg/d' } },
      { ...normalBloods, hemoglobin: 89.9 },
      { ...normalBloods, hemoglobin: { value: 8.99, unit: 'g/dL' } },
      { ...normalBloods, wbc: 1.49 },
      { ...normalBloods, neutrophils: 0.49 },
      { ...normalBloods, platelets: 49.9 },
      { ...normalBloods, platelets: { value: 49999, unit: '/uL' } },
      { ...normalBloods, interstitial_lung_disease: true },
    ],
  },
  { criterion: `${rpf}/E5`, passes: [{ uncontrolled_conditions: [] }], excludes: [{ uncontrolled_conditions: ['heart_failure'] }, { uncontrolled_conditions: ['diabetes'] }] },
  { criterion: `${rpf}/E6`, passes: [{ malignancy_history: 'within_5_years' }, { malignancy_history: 'none' }], excludes: [{ malignancy_history: 'active' }] },
  {
    criterion: `${rpf}/E7`,
    passes: [{ reproductive_status: ['breastfeeding'] }, { sex: 'male' }],
    excludes: [{ reproductive_status: ['pregnant'] }, { reproductive_status: ['planning_pregnancy'] }],
  },

  // IgG4-related disease (no registry id)
  {
    criterion: `${igg4}/I1`,
    passes: [
      { primary_diagnosis: 'igg4rd', igg4rd_2011_criteria: true },
      { primary_diagnosis: 'rpf_igg4', igg4rd_2011_criteria: true },
      { primary_diagnosis: 'rpf_idiopathic', other_ctds: ['igg4rd'], igg4rd_2011_criteria: true },
    ],
    excludes: [{ primary_diagnosis: 'igg4rd', igg4rd_2011_criteria: false }, { primary_diagnosis: 'rpf_idiopathic', other_ctds: [], igg4rd_2011_criteria: true }],
  },
  { criterion: `${igg4}/I2`, passes: [{ igg4rd_responder_index: 2 }], excludes: [{ igg4rd_responder_index: 1 }] },
  recentTreatment(igg4),
  intolerance(igg4),
  {
    criterion: `${igg4}/E4`,
    passes: [{ primary_diagnosis: 'igg4rd', other_ctds: [] }, { primary_diagnosis: 'igg4rd', other_ctds: ['other_inflammatory'] }],
    excludes: [{ primary_diagnosis: 'igg4rd', other_ctds: ['pss'] }, { primary_diagnosis: 'sle', other_ctds: [] }, { primary_diagnosis: 'ctd_tp', other_ctds: [] }],
  },
  { criterion: `${igg4}/E6`, passes: [{ active_infection: false }], excludes: [{ active_infection: true }] },
  { criterion: `${igg4}/E7`, passes: [{ malignancy_history: 'over_5_years' }], excludes: [{ malignancy_history: 'within_5_years' }, { malignancy_history: 'active' }] },
  { criterion: `${igg4}/E9`, passes: [{ reproductive_status: ['postpartum'] }, { sex: 'male' }], excludes: [{ reproductive_status: ['breastfeeding'] }] },

  // CTD-associated thrombocytopenia (NCT03688191)
  { criterion: `${ctdtp}/AGE`, passes: [{ age: 16 }, { age: 80 }], excludes: [{ age: 15 }, { age: 81 }] },
  { criterion: `${ctdtp}/D1`, passes: [{ platelets: 99.9 }, { platelets: { value: 99, unit: '10*3/uL' } }], excludes: [{ platelets: 100 }, { platelets: { value: 100000, unit: '/mm3' } }] },
  {
    criterion: `${ctdtp}/D2`,
    passes: [{ primary_diagnosis: 'pss' }, { primary_diagnosis: 'aps', other_ctds: ['sle'] }, { primary_diagnosis: 'aps', ctd_tp_by_two_rheumatologists: true }],
    excludes: [{ primary_diagnosis: 'aps', other_ctds: [], ctd_tp_by_two_rheumatologists: false }],
  },
  {
    criterion: `${ctdtp}/D3`,
    passes: [
      { corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-08-20' })], immunosuppressants: [med('mycophenolate', [1, 'g/d'], { started: '2026-08-20' })], biologics: [] },
      // Switched: mycophenolate 20 August – 30 September, tacrolimus since 1 October: 93 days in all, 41 and 51 apart.
      {
        corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })],
        immunosuppressants: [med('mycophenolate', [2, 'g/d'], { started: '2026-08-20', stopped: '2026-09-30' }), med('tacrolimus', [4, 'mg/d'], { started: '2026-10-01' })],
        biologics: [],
      },
      // A day without either between them: 19 August – 30 September and 2 October on, 94 days taken, as a first day 20 August to today.
      {
        corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })],
        immunosuppressants: [med('mycophenolate', [2, 'g/d'], { started: '2026-08-19', stopped: '2026-09-30' }), med('tacrolimus', [4, 'mg/d'], { started: '2026-10-02' })],
        biologics: [],
      },
      // Steroid plus B-cell therapy first given more than 3 months ago.
      { corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })], immunosuppressants: [], biologics: [med('rituximab', undefined, { started: '2026-08-20', stopped: '2026-09-03' })] },
      // Treatment before the medication questions' 12 months, or intolerance.
      { corticosteroids: [], immunosuppressants: [], biologics: [], earlier_standard_treatment: 'over_3_months' },
      { corticosteroids: [], immunosuppressants: [], biologics: [], earlier_standard_treatment: 'some', conventional_treatment_intolerance: true },
    ],
    excludes: [
      { ...ctdtpUntreated, corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-08-21' })], immunosuppressants: [med('mycophenolate', [1, 'g/d'], { started: '2026-08-20' })] },
      { ...ctdtpUntreated, corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-08-20' })] },
      {
        ...ctdtpUntreated,
        corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })],
        immunosuppressants: [med('mycophenolate', [2, 'g/d'], { started: '2026-08-21', stopped: '2026-09-30' }), med('tacrolimus', [4, 'mg/d'], { started: '2026-10-01' })],
      },
      // 20 August – 30 September and 2 October on: 93 days taken, as from 21 August.
      {
        ...ctdtpUntreated,
        corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })],
        immunosuppressants: [med('mycophenolate', [2, 'g/d'], { started: '2026-08-20', stopped: '2026-09-30' }), med('tacrolimus', [4, 'mg/d'], { started: '2026-10-02' })],
      },
      { ...ctdtpUntreated, corticosteroids: [med('prednisone', [15, 'mg/d'], { started: '2026-05-01' })], biologics: [med('rituximab', undefined, { started: '2026-08-21', stopped: '2026-09-03' })] },
      ctdtpUntreated,
    ],
  },
  {
    criterion: `${ctdtp}/E1`,
    passes: [
      { corticosteroids: [med('prednisone', [5, 'mg/d'])], immunosuppressants: [], biologics: [] },
      { corticosteroids: [], immunosuppressants: [], biologics: [med('rituximab', undefined, { stopped: '2026-03-01' })] },
      { corticosteroids: [], immunosuppressants: [], biologics: [], earlier_standard_treatment: 'some' },
    ],
    excludes: [{ corticosteroids: [], immunosuppressants: [], biologics: [], earlier_standard_treatment: 'none' }],
  },

  // SIRIUS, SLE (NCT04582136)
  { criterion: `${sirius}/I1`, passes: [{ age: 18 }, { age: 65 }], excludes: [{ age: 17 }, { age: 66 }] },
  {
    criterion: `${sirius}/I2`,
    passes: [
      { primary_diagnosis: 'sle', sle_slicc_2012: true, diagnosis_date: '2026-08-21' },
      { primary_diagnosis: 'aps', other_ctds: ['sle'], sle_slicc_2012: true, diagnosis_date: '2026-10', sle_diagnosis_date: '2026-08-21' },
    ],
    excludes: [
      { primary_diagnosis: 'sle', other_ctds: [], sle_slicc_2012: true, diagnosis_date: '2026-08-22' },
      { primary_diagnosis: 'sle', sle_slicc_2012: false, diagnosis_date: '2020' },
      { primary_diagnosis: 'pss', other_ctds: [], sle_slicc_2012: true, diagnosis_date: '2020' },
      { primary_diagnosis: 'aps', other_ctds: ['sle'], sle_slicc_2012: true, diagnosis_date: '2020', sle_diagnosis_date: '2026-08-22' },
    ],
  },
  { criterion: `${sirius}/I3`, passes: [{ sledai2k_clinical: 4 }], excludes: [{ sledai2k_clinical: 3 }] },
  {
    criterion: `${sirius}/I4`,
    passes: [{ anti_dsdna: 10.1, c3: 0.9 }, { anti_dsdna: 10, c3: 0.89 }, { anti_dsdna: 10, c3: { value: 89, unit: 'mg/dL' } }],
    excludes: [{ anti_dsdna: 10, c3: 0.9 }, { anti_dsdna: 10, c3: { value: 90, unit: 'mg/dL' } }],
  },
  {
    criterion: `${sirius}/I5a`,
    passes: [
      { corticosteroids: [] },
      { corticosteroids: [med('prednisone', [20, 'mg/d'], { started: '2026-01', doseSince: '2026-10-24' })] },
      { corticosteroids: [med('prednisone', [15, 'mg/d'], since2026), med('hydrocortisone', [20, 'mg/d'], since2026)] },
      { corticosteroids: [med('prednisone', [10, 'mg/d'], since2026), med('methylprednisolone', [500, 'mg/d'], { started: '2026-09-01', stopped: '2026-09-03' })] },
    ],
    excludes: [
      { corticosteroids: [med('prednisone', [20.5, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('methylprednisolone', [16.4, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('prednisone', [20, 'mg/d'], { doseSince: '2026-10-25' })] },
      // 18 + 5 (hydrocortisone 20 mg) = 23 mg/day prednisone-equivalent, although each is below 20.
      { corticosteroids: [med('prednisone', [18, 'mg/d'], since2026), med('hydrocortisone', [20, 'mg/d'], since2026)] },
      // Stable from the last dose change, not from the start; and a steroid stopped within the 4 weeks changes the regimen.
      { corticosteroids: [med('prednisone', [10, 'mg/d'], { started: '2025-01', doseSince: '2026-11-10' })] },
      { corticosteroids: [med('prednisone', [10, 'mg/d'], since2026), med('methylprednisolone', [4, 'mg/d'], { started: '2026-09-01', stopped: '2026-11-01' })] },
    ],
  },
  {
    criterion: `${sirius}/I5b`,
    passes: [
      {
        antimalarials: [med('hydroxychloroquine', [400, 'mg/d'], { started: '2026-08-29', doseSince: '2026-08-29' })],
        immunosuppressants: [med('mycophenolate', [1.5, 'g/d'], { started: '2026-08-29', doseSince: '2026-08-29' })],
      },
      { antimalarials: [], immunosuppressants: [med('methotrexate', [15, 'mg/wk'], { started: '2025', doseSince: '2025' })] },
      { antimalarials: [], immunosuppressants: [med('cyclophosphamide', undefined, { started: '2026-01', stopped: '2026-08-29' })] },
    ],
    excludes: [
      { antimalarials: [med('hydroxychloroquine', [400, 'mg/d'], { started: '2026-08-30', doseSince: '2026-08-30' })], immunosuppressants: [] },
      { antimalarials: [], immunosuppressants: [med('mycophenolate', [1.6, 'g/d'], { started: '2025', doseSince: '2025' })] },
      { antimalarials: [], immunosuppressants: [med('methotrexate', [15.5, 'mg/wk'], { started: '2025', doseSince: '2025' })] },
      { antimalarials: [], immunosuppressants: [med('methotrexate', [17.5, 'mg/wk'], { started: '2025', doseSince: '2025' })] },
      { antimalarials: [], immunosuppressants: [med('azathioprine', [100, 'mg/d'], { started: '2026-08-30', doseSince: '2026-08-30' })] },
      // Mycophenolate 3 g/day stopped 10 days ago: not a stable regimen.
      { antimalarials: [], immunosuppressants: [med('mycophenolate', [3, 'g/d'], { started: '2025', doseSince: '2025', stopped: '2026-11-11' })] },
    ],
  },
  {
    criterion: `${sirius}/I5c`,
    passes: [{ ace_inhibitors_arbs: [med('arb', [50, 'mg/d'], { started: '2026-11-07', doseSince: '2026-11-07' })], analgesics: [] }],
    excludes: [
      { ace_inhibitors_arbs: [med('arb', [50, 'mg/d'], { started: '2026-11-08', doseSince: '2026-11-08' })], analgesics: [] },
      { ace_inhibitors_arbs: [], analgesics: [med('nsaid', [1200, 'mg/d'], { started: '2026-11-08', doseSince: '2026-11-08' })] },
      { ace_inhibitors_arbs: [], analgesics: [med('nsaid', [1200, 'mg/d'], { started: '2026-01', stopped: '2026-11-10' })] },
    ],
  },
  { criterion: `${sirius}/E1`, passes: [{ other_ctds: [] }, { other_ctds: ['pss'] }], excludes: [{ other_ctds: ['ra'] }, { other_ctds: ['ssc'] }, { other_ctds: ['dm_pm'] }] },
  { criterion: `${sirius}/E2`, passes: [{ npsle: false }], excludes: [{ npsle: true }] },
  {
    criterion: `${sirius}/E3`,
    passes: [siriusRenal, { ...siriusRenal, upcr: { value: 395, unit: 'mg/mmol' } }],
    excludes: [
      { ...siriusRenal, urine_protein_24h: 3.5 },
      { ...siriusRenal, upcr: 3500.1 },
      { ...siriusRenal, upcr: { value: 400, unit: 'mg/mmol' } },
      { ...siriusRenal, egfr: 59.9 },
    ],
  },
  { criterion: `${sirius}/E4`, passes: [{ reproductive_status: ['postpartum'] }], excludes: [{ reproductive_status: ['pregnant'] }, { reproductive_status: ['breastfeeding'] }] },
  { criterion: `${sirius}/E5`, passes: [{ sirolimus_history: ['contraindication'] }], excludes: [{ sirolimus_history: ['previous_treatment'] }, { sirolimus_history: ['allergy'] }] },
  {
    criterion: `${sirius}/E6`,
    passes: [
      { immunosuppressants: [med('cyclophosphamide', undefined, { route: 'intravenous', stopped: '2026-05-20' })] },
      { immunosuppressants: [med('cyclophosphamide', [50, 'mg/d'], { route: 'oral' })] },
    ],
    excludes: [{ immunosuppressants: [med('cyclophosphamide', undefined, { route: 'intravenous', stopped: '2026-05-21' })] }],
  },
  {
    criterion: `${sirius}/E7`,
    passes: [
      { immunoglobulin: [med('ivig', undefined, { stopped: '2026-08-20' })], corticosteroids: [med('prednisone', [100, 'mg/d'], since2026)] },
      { immunoglobulin: [], corticosteroids: [med('methylprednisolone', [500, 'mg/d'], { stopped: '2026-08-20' })] },
    ],
    excludes: [
      { immunoglobulin: [med('ivig', undefined, { stopped: '2026-08-21' })], corticosteroids: [] },
      { immunoglobulin: [], corticosteroids: [med('methylprednisolone', [500, 'mg/d'], { stopped: '2026-08-21' })] },
      { immunoglobulin: [], corticosteroids: [med('methylprednisolone', [500, 'mg/d'], { stopped: '2026-09-01' })] },
      { immunoglobulin: [], corticosteroids: [med('prednisone', [100.5, 'mg/d'], since2026)] },
      { immunoglobulin: [], corticosteroids: [med('prednisone', [60, 'mg/d'], since2026), med('dexamethasone', [8, 'mg/d'], { started: '2026-10-01', doseSince: '2026-10-01' })] },
    ],
  },
  {
    criterion: `${sirius}/E8`,
    passes: [{ immunosuppressants: [med('tacrolimus', [2, 'mg/d'], { stopped: '2026-10-20' })] }, { immunosuppressants: [med('mycophenolate', [1, 'g/d'])] }],
    excludes: [
      { immunosuppressants: [med('tacrolimus', [2, 'mg/d'], { stopped: '2026-10-21' })] },
      { immunosuppressants: [med('ciclosporin', [150, 'mg/d'])] },
      { immunosuppressants: [med('voclosporin', [47.4, 'mg/d'])] },
    ],
  },
  {
    criterion: `${sirius}/E9`,
    passes: [
      { herbal_medicines: [med('tripterygium', undefined, { stopped: '2026-10-20' })], immunosuppressants: [] },
      // Named with the immunosuppressants: the same month; another immunosuppressant is no herb.
      { herbal_medicines: [], immunosuppressants: [med('tripterygium', undefined, { stopped: '2026-10-20' })] },
      { herbal_medicines: [], immunosuppressants: [med('mycophenolate', [1, 'g/d'])] },
    ],
    excludes: [
      { herbal_medicines: [med('tripterygium', undefined, { stopped: '2026-10-21' })], immunosuppressants: [] },
      { herbal_medicines: [], immunosuppressants: [med('tripterygium', undefined, { stopped: '2026-10-21' })] },
    ],
  },
  { criterion: `${sirius}/E10`, passes: [{ active_infection: false }], excludes: [{ active_infection: true }] },
  { criterion: `${sirius}/E11`, passes: [{ wbc: 3 }, { wbc: { value: 3000, unit: '/uL' } }], excludes: [{ wbc: 2.99 }, { wbc: { value: 2990, unit: '/uL' } }] },
  {
    criterion: `${sirius}/E12`,
    passes: [normalLiver],
    excludes: [
      { ...normalLiver, alt_uln: 1.51 },
      { ...normalLiver, ast_uln: 1.51 },
      { ...normalLiver, bilirubin_uln: 2.01 },
      { ...normalLiver, lipids_uln: 2.01 },
    ],
  },
  { criterion: `${sirius}/E13`, passes: [{ needs_repeated_systemic_steroids: false }], excludes: [{ needs_repeated_systemic_steroids: true }] },
  { criterion: `${sirius}/E14`, passes: [{ last_major_surgery: '2026-10-20' }, { last_major_surgery: 'never' }], excludes: [{ last_major_surgery: '2026-10-21' }] },
  {
    criterion: `${sirius}/E15`,
    passes: [
      { malignancy_history: 'over_5_years', lymphoproliferative_history: false },
      { malignancy_history: 'within_5_years', malignancy_exempt_only: true, lymphoproliferative_history: false },
    ],
    excludes: [
      { malignancy_history: 'within_5_years', malignancy_exempt_only: false, lymphoproliferative_history: false },
      { malignancy_history: 'active', malignancy_exempt_only: true, lymphoproliferative_history: false },
      { malignancy_history: 'none', lymphoproliferative_history: true },
    ],
  },
  { criterion: `${sirius}/E16`, passes: [{ stem_cell_transplant: false }], excludes: [{ stem_cell_transplant: true }] },
  { criterion: `${sirius}/E17`, passes: [{ splenectomy: false }], excludes: [{ splenectomy: true }] },

  // aPL-related thrombocytopenia (NCT06722586)
  { criterion: `${apl}/AGE`, passes: [{ age: 18 }, { age: 99 }], excludes: [{ age: 17 }] },
  { criterion: `${apl}/I1`, passes: [{ apl_persistent: true }], excludes: [{ apl_persistent: false }] },
  {
    criterion: `${apl}/I2`,
    passes: [{ platelets: 30, thrombocytopenia_since: '2026-11-07' }, { platelets: 100, thrombocytopenia_since: '2026-01' }],
    excludes: [
      { platelets: 29.9, thrombocytopenia_since: '2026-01' },
      { platelets: 100.1, thrombocytopenia_since: '2026-01' },
      { platelets: 65, thrombocytopenia_since: '2026-11-08' },
    ],
  },
  {
    criterion: `${apl}/C1`,
    passes: [{ corticosteroids: [] }, { corticosteroids: [med('prednisone', [9.9, 'mg/d'], { doseSince: '2026-11-06' })] }],
    excludes: [
      { corticosteroids: [med('prednisone', [10, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('dexamethasone', [1.5, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('betamethasone', [1.2, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('deflazacort', [12, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('cortisone', [50, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('prednisone', [5, 'mg/d'], { doseSince: '2026-01-01' }), med('prednisolone', [5, 'mg/d'], { doseSince: '2026-01-01' })] },
      { corticosteroids: [med('prednisone', [5, 'mg/d'], { doseSince: '2026-11-07' })] },
    ],
  },
  {
    criterion: `${apl}/C2`,
    passes: [{ antimalarials: [med('hydroxychloroquine', [399, 'mg/d'], { started: '2026-10-20', doseSince: '2026-10-20' })] }],
    excludes: [
      { antimalarials: [med('hydroxychloroquine', [400, 'mg/d'], { started: '2026-01-01', doseSince: '2026-01-01' })] },
      { antimalarials: [med('hydroxychloroquine', [200, 'mg/d'], { started: '2026-10-21', doseSince: '2026-10-21' })] },
      { antimalarials: [med('hydroxychloroquine', [200, 'mg/d'], { started: '2025', doseSince: '2026-10-21' })] },
    ],
  },
  {
    criterion: `${apl}/C3`,
    // The regimen's medicines, not their doses: a warfarin dose adjusted 3 days ago keeps the patient in.
    passes: [
      { antithrombotics: [med('aspirin', [100, 'mg/d'], { started: '2026-11-14' })] },
      { antithrombotics: [med('warfarin', [5, 'mg/d'], { started: '2025', doseSince: '2026-11-18' })] },
    ],
    excludes: [
      { antithrombotics: [med('aspirin', [100, 'mg/d'], { started: '2026-11-15' })] },
      { antithrombotics: [med('warfarin', [5, 'mg/d'], { started: '2025' }), med('clopidogrel', [75, 'mg/d'], { started: '2025', stopped: '2026-11-18' })] },
    ],
  },
  {
    criterion: `${apl}/C4`,
    // MMF half-life 17.9 h: 5 half-lives = 3.7 days. Romiplostim 34 days (the label's upper end): 5 half-lives = 170 days.
    passes: [
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [med('mycophenolate', [1, 'g/d'], { stopped: '2026-11-17' })], biologics: [] },
      { thrombopoietic_agents: [med('romiplostim', undefined, { stopped: '2026-06-03' })], immunoglobulin: [], immunosuppressants: [], biologics: [] },
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [], biologics: [med('tocilizumab', undefined)] },
    ],
    excludes: [
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [med('mycophenolate', [1, 'g/d'], { stopped: '2026-11-18' })], biologics: [] },
      { thrombopoietic_agents: [med('romiplostim', undefined, { stopped: '2026-06-04' })], immunoglobulin: [], immunosuppressants: [], biologics: [] },
      // Rituximab's label range reaches 77.5 days: 5 half-lives = 387.5 days, beyond a stop in the last 12 months.
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [], biologics: [med('rituximab', undefined, { stopped: '2026-01-02' })] },
      { thrombopoietic_agents: [med('eltrombopag', [50, 'mg/d'])], immunoglobulin: [], immunosuppressants: [], biologics: [] },
      // Still taken, whether or not the half-life is known.
      { thrombopoietic_agents: [med('rhtpo', undefined)], immunoglobulin: [], immunosuppressants: [], biologics: [] },
      { thrombopoietic_agents: [med('hetrombopag', [5, 'mg/d'])], immunoglobulin: [], immunosuppressants: [], biologics: [] },
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [med('mercaptopurine', [50, 'mg/d'])], biologics: [] },
      { thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [], biologics: [med('telitacicept', undefined)] },
    ],
  },
  {
    criterion: `${apl}/E1`,
    passes: [{ primary_diagnosis: 'aps', other_ctds: [] }],
    excludes: [{ primary_diagnosis: 'aps', other_ctds: ['sle'] }, { primary_diagnosis: 'pss', other_ctds: [] }, { primary_diagnosis: 'ctd_tp', other_ctds: [] }],
  },
  {
    criterion: `${apl}/E2`,
    passes: [{ antibiotics: [med('antibiotic', undefined, { stopped: '2026-11-06' })] }],
    excludes: [{ antibiotics: [med('antibiotic', undefined, { stopped: '2026-11-07' })] }],
  },
  { criterion: `${apl}/E3`, passes: [{ last_thrombosis: '2026-10-23' }, { last_thrombosis: 'never' }], excludes: [{ last_thrombosis: '2026-10-24' }] },
  { criterion: `${apl}/E4`, passes: [{ bleeding_tendency: false }], excludes: [{ bleeding_tendency: true }] },
  { criterion: `${apl}/E5`, passes: [{ life_threatening_aps: false }], excludes: [{ life_threatening_aps: true }] },
  {
    criterion: `${apl}/E6`,
    passes: [aplLabs],
    excludes: [{ ...aplLabs, alt_uln: 3.01 }, { ...aplLabs, ast_uln: 3.01 }, { ...aplLabs, egfr: 39.9 }],
  },
  {
    criterion: `${apl}/E7`,
    passes: [{ wbc: 3.0, hemoglobin: 100 }, { wbc: 3.0, hemoglobin: { value: 10, unit: 'g/dL' } }],
    excludes: [{ wbc: 2.99, hemoglobin: 100 }, { wbc: 3.0, hemoglobin: 99.9 }, { wbc: 3.0, hemoglobin: { value: 9.99, unit: 'g/dL' } }],
  },
  {
    criterion: `${apl}/E8`,
    // mg/dL through the molar masses the fact catalog declares: 3.1 mmol/L LDL ≈ 119.9 mg/dL, 2.3 mmol/L triglycerides ≈ 203.7 mg/dL.
    passes: [
      { lipid_lowering_therapy: true, ldl: 3.1, triglycerides: 2.3 },
      { lipid_lowering_therapy: true, ldl: { value: 119.8, unit: 'mg/dL' }, triglycerides: { value: 203.7, unit: 'mg/dL' } },
      // Not on lipid-lowering therapy: raised lipids are not "uncontrollable after therapy" (confirmed at screening).
      { lipid_lowering_therapy: false, ldl: 3.5, triglycerides: 3 },
    ],
    excludes: [
      { lipid_lowering_therapy: true, ldl: 3.11, triglycerides: 2.3 },
      { lipid_lowering_therapy: true, ldl: 3.1, triglycerides: 2.31 },
      { lipid_lowering_therapy: true, ldl: { value: 121, unit: 'mg/dL' }, triglycerides: 2.3 },
      { lipid_lowering_therapy: true, ldl: { value: 119.9, unit: 'mg/dL' }, triglycerides: 2.3 },
      { lipid_lowering_therapy: true, ldl: 3.1, triglycerides: { value: 203.8, unit: 'mg/dL' } },
    ],
  },
  { criterion: `${apl}/E9`, passes: [{ active_infection: false }], excludes: [{ active_infection: true }] },
  {
    criterion: `${apl}/E10`,
    passes: [{ reproductive_status: ['breastfeeding'] }, { sex: 'male' }],
    excludes: [{ reproductive_status: ['pregnant'] }, { reproductive_status: ['postpartum'] }],
  },
];

/** The criterion's result with evidence, checked against the status worked out without evidence (as verdicts are). */
function criterionResult(key: string, facts: Facts) {
  const [trialId, criterionId] = key.split('/') as [string, string];
  const catalog = realCatalog();
  const trial = trialOf(catalog, trialId);
  const result = evaluate(trial, answersOf(facts), EVALUATION_DAY, catalog);
  const criterion = result.details().criteria.find((c) => c.id === criterionId);
  const compiled = trial.criteria.find((c) => c.criterion.id === criterionId);
  if (!criterion || !compiled) throw new Error(`no criterion ${key}`);
  expect(statusOf(compiled.node!.truth(patientView(answersOf(facts), EVALUATION_DAY, catalog.facts)))).toBe(criterion.status);
  return criterion;
}

describe('every coded criterion, on both sides of its boundary', () => {
  it('covers every criterion that has a rule, with at least one passing and one excluding patient', () => {
    const coded = realCatalog().trials.flatMap((t) => t.criteria.filter((c) => c.node).map((c) => `${t.record.id}/${c.criterion.id}`));
    const covered = cases.filter((c) => c.passes.length > 0 && c.excludes.length > 0).map((c) => c.criterion);
    expect(covered.sort()).toEqual([...coded].sort());
  });

  describe.each(cases)('$criterion', ({ criterion, passes, excludes }) => {
    it.each(passes.map((facts) => [JSON.stringify(facts), facts] as const))('keeps the patient in: %s', (_, facts) => {
      const result = criterionResult(criterion, facts);
      expect(result.status).not.toBe('unknown');
      expect(result.excludes).toBe(false);
    });
    it.each(excludes.map((facts) => [JSON.stringify(facts), facts] as const))('rules the patient out: %s', (_, facts) => {
      const result = criterionResult(criterion, facts);
      expect(result.excludes).toBe(true);
      // The verdict cites the patient's value for every deciding fact.
      expect(result.evidence.some((e) => e.truth !== 'unknown' && e.value !== undefined)).toBe(true);
    });
  });
});

describe('exclusion polarity', () => {
  it('an exclusion whose condition is present is "met" and excludes; an inclusion met does not', () => {
    const exclusion = criterionResult(`${apl}/E4`, { bleeding_tendency: true });
    expect([exclusion.kind, exclusion.status, exclusion.excludes]).toEqual(['exclusion', 'met', true]);
    const absent = criterionResult(`${apl}/E4`, { bleeding_tendency: false });
    expect([absent.status, absent.excludes]).toEqual(['not-met', false]);
    const inclusion = criterionResult(`${apl}/I1`, { apl_persistent: true });
    expect([inclusion.kind, inclusion.status, inclusion.excludes]).toEqual(['inclusion', 'met', false]);
  });

  it('an unknown answer never excludes, for inclusion and exclusion alike', () => {
    for (const key of [`${apl}/E4`, `${apl}/I1`, `${rpf}/E4`, `${sirius}/I4`]) {
      const result = criterionResult(key, {});
      expect([key, result.status, result.excludes]).toEqual([key, 'unknown', false]);
    }
    const answeredUnknown = criterionResult(`${apl}/E4`, { bleeding_tendency: 'unknown' });
    expect([answeredUnknown.status, answeredUnknown.excludes]).toEqual(['unknown', false]);
  });

  it('no coded criterion rules out a patient of whom nothing is known, never asked or answered "unknown"', () => {
    const everyFactUnknown = Object.fromEntries([...realCatalog().facts.keys()].map((fact) => [fact, 'unknown']));
    for (const { criterion } of cases) {
      for (const facts of [{}, everyFactUnknown]) {
        expect([criterion, criterionResult(criterion, facts).excludes]).toEqual([criterion, false]);
      }
    }
  });

  it('a stopped medicine without a known half-life leaves a washout criterion unknown, never failed', () => {
    const result = criterionResult(`${apl}/C4`, {
      thrombopoietic_agents: [], immunoglobulin: [], immunosuppressants: [], biologics: [med('telitacicept', undefined, { stopped: '2025-12-01' })],
    });
    expect(result.status).toBe('unknown');
  });

  it('SIRIUS I4 composes OR with an unknown side: one true side decides, one false side does not', () => {
    expect(criterionResult(`${sirius}/I4`, { anti_dsdna: 35 }).status).toBe('met');
    expect(criterionResult(`${sirius}/I4`, { anti_dsdna: 5 }).status).toBe('unknown');
    expect(criterionResult(`${sirius}/I4`, { anti_dsdna: 5, c3: 1.2 }).status).toBe('not-met');
  });
});
