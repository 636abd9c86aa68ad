import { describe, expect, it } from 'vitest';
import { messageOf, parse, summaryOf, valueOf } from './parse';

describe('boolean answers', () => {
  it.each(['yes', 'y', 'yeah', 'yep', 'positive', 'present', 'true', 'correct', 'YES', 'Yes.', 'yes!', ' Y '])('"%s" is yes', (text) => {
    expect(valueOf(parse('npsle', text))).toEqual({ kind: 'boolean', value: true, entered: text.trim() });
  });

  it.each(['no', 'n', 'nope', 'negative', 'absent', 'false', 'none', 'not present', 'NO', 'No.', 'Nope!', 'Not present.'])('"%s" is no', (text) => {
    expect(valueOf(parse('npsle', text))).toEqual({ kind: 'boolean', value: false, entered: text.trim() });
  });

  it('echoes the reading', () => {
    expect(summaryOf(parse('npsle', 'yep'))).toBe('Neuropsychiatric lupus: yes');
  });

  it.each(['yes and no', '1', 'no, but once in 2019'])('"%s" is re-asked', (text) => {
    expect(messageOf(parse('npsle', text), 'invalid')).toContain('yes, no, or unknown');
  });
});
