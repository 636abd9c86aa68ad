/**
 * Data-driven dialog cases in the shape of the Bot Framework samples' dialog tests: each step is what
 * the clinician types and a pattern for every reply the dialog sends back in that turn.
 */
export interface DialogCase {
  name: string;
  steps: [says: string, replies: RegExp[]][];
}

const diagnosisQuestion = /What is the patient's main diagnosis\?/;
const ageQuestion = /How old is the patient/;
const sexQuestion = /What is the patient's sex\?/;

export const mainDialogCases: DialogCase[] = [
  {
    name: 'diagnosis, age and sex, each echoed, with studies ruled out in one line',
    steps: [
      ['hi', [diagnosisQuestion]],
      ['IgG4-RD', [/^Noted: Main diagnosis: IgG4-related disease\nRuled out: .*Retroperitoneal Fibrosis.* — inclusion I1 .*\nRuled out: SIRIUS.* — inclusion I2 /, ageQuestion]],
      ['55 years', [/^Noted: Age: 55 years/, sexQuestion]],
      ['m', [/^Noted: Sex: Male$/, /\?/]],
    ],
  },
  {
    name: 'a misspelt diagnosis is read and the reading is said',
    steps: [
      ['start', [diagnosisQuestion]],
      ['systemic lupus erythematosis', [/Noted: Main diagnosis: Systemic lupus erythematosus \(read “systemic lupus erythematosis” as/, ageQuestion]],
    ],
  },
  {
    name: 'an age out of range is re-asked with what is expected',
    steps: [
      ['start', [diagnosisQuestion]],
      ['SLE', [/Noted/, ageQuestion]],
      ['450', [/0.*120/]],
      ['45', [/Noted: Age: 45 years/, sexQuestion]],
    ],
  },
  {
    name: 'help and summary interrupt without answering',
    steps: [
      ['start', [diagnosisQuestion]],
      ['APS', [/Noted: Main diagnosis: Antiphospholipid/, ageQuestion]],
      ['help', [/Commands, at any point/, ageQuestion]],
      ['summary', [/Answers so far:\n• Main diagnosis: Antiphospholipid/, ageQuestion]],
      ['40', [/Noted: Age: 40 years/, sexQuestion]],
    ],
  },
  {
    name: 'back undoes the last answer and asks it again',
    steps: [
      ['start', [diagnosisQuestion]],
      ['lupus', [/Noted/, ageQuestion]],
      ['30', [/Noted: Age: 30/, sexQuestion]],
      ['back', [/Removed your answer for Age/, ageQuestion]],
      ['31', [/Noted: Age: 31/, sexQuestion]],
    ],
  },
  {
    name: 'a study is announced as ruled out by the answer that rules it out, once, and again after back',
    steps: [
      ['start', [diagnosisQuestion]],
      ['IgG4-RD', [/Ruled out: .*Retroperitoneal Fibrosis/, ageQuestion]],
      ['90', [/^Noted: Age: 90 years.?\nRuled out: [^\n]*$/, sexQuestion]],
      ['back', [/Removed your answer for Age/, ageQuestion]],
      ['40', [/^Noted: Age: 40 years.?$/, sexQuestion]],
      ['back', [/Removed your answer for Age/, ageQuestion]],
      ['91', [/^Noted: Age: 91 years.?\nRuled out: [^\n]*$/, sexQuestion]],
    ],
  },
];
