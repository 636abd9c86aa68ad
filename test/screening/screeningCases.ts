/**
 * Data-driven screening cases in the shape of the Bot Framework samples' dialog tests: each step is what the
 * clinician types and a pattern for every message sent back in that turn (in plain text, as a client without
 * cards gets it). One answer gets one message: what was noted, what it ruled out, and the next question.
 */
export interface ScreeningCase {
  name: string;
  steps: [says: string, messages: RegExp[]][];
}

const diagnosisQuestion = /What is the patient's main diagnosis\?/;

export const screeningCases: ScreeningCase[] = [
  {
    name: 'diagnosis, age and sex, each echoed, with studies ruled out in one line each, and the next question in the same message',
    steps: [
      ['hi', [diagnosisQuestion]],
      ["Sjogren's", [/^Noted: Main diagnosis: Primary Sjögren's syndrome.*\nRuled out: .*IgG4-related Disease.* — exclusion E4, Main diagnosis: Primary Sjögren's syndrome\nRuled out: .*Antiphospholipid.* — exclusion E1, Main diagnosis: Primary Sjögren's syndrome\nHow old is the patient/]],
      ['55 years', [/^Noted: Age: 55 years.*\nWhat is the patient's sex\?/]],
      ['m', [/^Noted: Sex: Male\n.*\?/]],
    ],
  },
  {
    name: 'a misspelt diagnosis is read and the reading is said',
    steps: [
      ['start', [diagnosisQuestion]],
      ['systemic lupus erythematosis', [/Noted: Main diagnosis: Systemic lupus erythematosus \(read “systemic lupus erythematosis” as[\s\S]*How old is the patient/]],
    ],
  },
  {
    name: 'an age out of range is re-asked with what is expected, the question once',
    steps: [
      ['start', [diagnosisQuestion]],
      ['SLE', [/Noted[\s\S]*How old is the patient/]],
      ['450', [/^[^\n]*0.*120[^\n]*\nHow old is the patient/]],
      ['45', [/Noted: Age: 45 years[\s\S]*What is the patient's sex\?/]],
    ],
  },
  {
    name: 'help and summary interrupt without answering, and the question follows in the same message',
    steps: [
      ['start', [diagnosisQuestion]],
      ['APS', [/Noted: Main diagnosis: Antiphospholipid[\s\S]*How old is the patient/]],
      ['help', [/Commands, at any point[\s\S]*How old is the patient/]],
      ['summary', [/Answers so far:\n• Main diagnosis: Antiphospholipid[\s\S]*How old is the patient/]],
      ['40', [/Noted: Age: 40 years[\s\S]*What is the patient's sex\?/]],
    ],
  },
  {
    name: 'back undoes the last answer and asks it again',
    steps: [
      ['start', [diagnosisQuestion]],
      ['lupus', [/Noted[\s\S]*How old is the patient/]],
      ['30', [/Noted: Age: 30[\s\S]*What is the patient's sex\?/]],
      ['back', [/Removed your answer for Age[\s\S]*How old is the patient/]],
      ['31', [/Noted: Age: 31[\s\S]*What is the patient's sex\?/]],
    ],
  },
  {
    name: 'a study is announced as ruled out by the answer that rules it out, once, and again after back',
    steps: [
      ['start', [diagnosisQuestion]],
      ["Sjogren's", [/Ruled out: .*IgG4-related Disease[\s\S]*How old is the patient/]],
      ['70', [/^Noted: Age: 70 years.?\nRuled out: SIRIUS[^\n]* — inclusion I1, Age: 70 years\n(?!Ruled out)/]],
      ['back', [/Removed your answer for Age[\s\S]*How old is the patient/]],
      ['40', [/^Noted: Age: 40 years.?\n(?!Ruled out)/]],
      ['back', [/Removed your answer for Age/]],
      ['71', [/^Noted: Age: 71 years.?\nRuled out: SIRIUS[^\n]*\n(?!Ruled out)/]],
    ],
  },
];
