import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/summary/sentences';

const said = (text: string) => sentenceSpans(text).map((s) => text.slice(s.index, s.end));

describe('sentences of a pasted text', () => {
  it('splits a line at full stops that are not abbreviations or decimals, and at every line end', () => {
    expect(said('Seen by Dr. Lee on 3 Mar. 2026. Plt 38 x10^9/L, Hb 11.2 g/dL.\nNo malignancy')).toEqual([
      'Seen by Dr. Lee on 3 Mar. 2026.',
      'Plt 38 x10^9/L, Hb 11.2 g/dL.',
      'No malignancy',
    ]);
  });

  it('splits a line of any length as it splits its sentences one by one, abbreviations included', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `Reviewed by Dr. Lee, plt ${i}.5 x10^9/L.` : `Hb ${i}.2 g/dL on day ${i}, approx. ${i} weeks after the flare.`));
    expect(said(sentences.join('\n'))).toEqual(sentences);
    expect(said(sentences.join(' '))).toEqual(sentences);
  });

  it('keeps a text without any sentence end as one sentence, however long', () => {
    for (const text of ['1.'.repeat(3000), 'plt 45 '.repeat(500).trim()]) expect(said(text)).toEqual([text]);
  });
});
