import { words as stopwords } from 'natural/lib/natural/util/stopwords';
import { normalizeName } from '../text/normalize';

/** Words of letters and headings that are capitalised without being names ("Renal Unit", "Past Medical History"). */
const CLINICAL_WORDS = `
  history medical past current recent latest medication medications meds labs lab laboratory bloods results background
  diagnosis treatment plan impression assessment referral summary problem problems allergies social family examination
  investigations imaging serology haem chemistry note notes letter dear colleague thank thanks regards kind yours
  sincerely please consultant registrar nurse specialist doctor renal unit department clinic hospital ward team service
  rheumatology haematology hematology nephrology dermatology respiratory cardiology neurology centre center general
  practitioner patient primary secondary idiopathic systemic chronic acute severe mild moderate active stable new
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  result results ref reference range value values unit units date time test tests name age sex dob
  district province city county street road university union first people's peoples affiliated
  shingles zoster herpes pneumonia sepsis infection fever cough rash
`;

/** Words that are not names: English stop words (natural's list), clinical and calendar words, and the catalog's own. */
export function knownWords(catalogWords: Iterable<string>): (word: string) => boolean {
  const known = new Set([...stopwords, ...CLINICAL_WORDS.split(/\s+/), ...catalogWords].map(normalizeName).filter((w) => w !== ''));
  return (word) => known.has(normalizeName(word));
}
