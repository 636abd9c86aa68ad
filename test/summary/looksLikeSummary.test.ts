import { describe, expect, it, vi } from 'vitest';
import { looksLikeSummary } from '../../src/summary/looksLikeSummary';
import { sentenceSpans } from '../../src/summary/sentences';
import { realCatalog } from '../support/catalog';

vi.mock('../../src/summary/sentences', { spy: true });

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

describe('looking at every message as a possible summary', () => {
  it('splits no sentences of a long message: 40,000 characters of "a." took 1.7 s of the sentence tokenizer', () => {
    vi.mocked(sentenceSpans).mockClear();
    expect(looks('a.'.repeat(20_000))).toBe(false);
    expect(looks('SLE, plt 45, Hb 9.6 g/dL. '.repeat(4))).toBe(true);
    expect(sentenceSpans).not.toHaveBeenCalled();
  });

  it('counts the clauses of a short one', () => {
    vi.mocked(sentenceSpans).mockClear();
    expect(looks('SLE 2010. 28F. plt 65, WBC 2.8, neut 1.1.')).toBe(true);
    expect(sentenceSpans).toHaveBeenCalled();
  });
});
