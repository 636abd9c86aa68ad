import { describe, expect, it } from 'vitest';
import { looksLikeSummary } from '../../src/summary/looksLikeSummary';
import { realCatalog } from '../support/catalog';

const looks = (text: string) => looksLikeSummary(text, realCatalog());

describe('telling a pasted summary from an answer', () => {
  it.each([
    "47 yo woman, primary Sjögren's since 2019, thrombocytopenia plt 38 x10^9/L despite pred 15 mg/d since Apr. Hb 11.2 g/dL, WBC 3.9. No malignancy.",
    'SLE 2010. 28F. plt 65, WBC 2.8, neut 1.1. HCQ 400 mg od, MMF 1g bd.',
    'Summary: pSS, plt 45k',
    'referral note - 61 yo M with IgG4-RD',
  ])('takes “%s” for a summary', (text) => {
    expect(looks(text)).toBe(true);
  });

  it.each([
    'prednisone 10 mg daily since March 2026',
    'plt 185, Hb 9.6 g/dL',
    'none of these',
    'all no except malignancy',
    'summary',
    'methylpred 8 mg daily, stopped 6 weeks ago, and MMF 1 g twice daily since January 2026',
  ])('takes “%s” for an answer', (text) => {
    expect(looks(text)).toBe(false);
  });
});
