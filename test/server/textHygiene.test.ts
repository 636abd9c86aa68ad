import { describe, expect, it } from 'vitest';
import { normalizedInput } from '../../src/channels/activityNormalization';
import { valueWithoutInvisibles, withoutInvisibles } from '../../src/channels/textHygiene';

describe('withoutInvisibles', () => {
  it.each([
    ['a right-to-left override', 'Hb \u202e5.8\u202c g/dL', 'Hb 5.8 g/dL'],
    ['isolates and marks', '\u2066prednisone\u2069 \u200e10 mg\u200f', 'prednisone 10 mg'],
    ['zero-width characters and a BOM', '\ufeff4\u200b5\u200d', '45'],
    ['tag characters', 'yes\u{e0079}\u{e0065}\u{e0073}', 'yes'],
    ['control characters', 'lu\u0000pu\u001bs\u007f', 'lupus'],
  ])('drops %s', (_name, typed, read) => {
    expect(withoutInvisibles(typed)).toBe(read);
  });

  it('keeps line breaks, tabs and every visible character, accents and symbols included', () => {
    const text = 'Sjögren’s\tsyndrome\r\n45 ×10⁹/L · µmol/L — 😀';
    expect(withoutInvisibles(text)).toBe(text);
  });

  it('cleans every string of card data however nested, and nothing else', () => {
    expect(valueWithoutInvisibles({ answer: '\u202e54', n: 3, list: ['a\u200b', { deep: 'b\u2066' }], flag: true, none: null })).toEqual({
      answer: '54',
      n: 3,
      list: ['a', { deep: 'b' }],
      flag: true,
      none: null,
    });
  });
});

describe('normalizedInput', () => {
  it('keeps entities the SDK can read, and drops a mention that names nobody or has no text to strip from', () => {
    const mention = { type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' };
    const input = { text: '<at>Bot</at> 45', entities: [mention, { type: 'mention', text: '<at>x</at>' }, { mentioned: { id: 'bot' } }, { type: 'ClientCapabilities' }] };
    expect(normalizedInput(input).entities).toEqual([mention, { type: 'ClientCapabilities' }]);
    expect(normalizedInput({ value: { a: 1 }, entities: [mention] }).entities).toEqual([]);
  });
});
