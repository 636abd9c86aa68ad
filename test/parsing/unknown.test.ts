import { describe, expect, it } from 'vitest';
import { parse } from './parse';

const PHRASES = ['unknown', 'not sure', "don't know", 'dunno', 'skip', 'n/a', '?', 'Unknown.', 'N/A', 'Not sure!', 'don’t know', '??', 'idk'];
/** One fact of every type, plus a date fact that allows "never" and a choice with a "none" option. */
const FACTS = ['npsle', 'sex', 'primary_diagnosis', 'malignancy_history', 'other_ctds', 'platelets', 'alt_uln', 'diagnosis_date', 'last_major_surgery', 'corticosteroids'];

describe('unknown answers', () => {
  for (const fact of FACTS) {
    it.each(PHRASES)(`${fact}: "%s" is recorded as unknown`, (text) => {
      expect(parse(fact, text)).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
    });
  }

  it('keeps the trimmed text as entered', () => {
    expect(parse('npsle', '  not sure  ')).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: 'not sure' } });
  });

  it.each(['no data', 'no information', 'not checked', 'not tested', 'not recorded'])(
    'never turns a missing record worded with no/not ("%s") into no or none',
    (text) => {
      for (const fact of FACTS) expect(parse(fact, text), fact).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
    },
  );

  it.each(['never tested', 'no, not tested', 'no - never checked', 'has never been tested', 'not been checked', 'not yet tested', 'Not measured yet'])(
    'reads a test never done ("%s") as unknown, not as the no its negation would give: it says nothing of the patient',
    (text) => {
      for (const fact of FACTS) expect(parse(fact, text), fact).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
    },
  );

  it.each(['not that I recall', "don't think so", "I don't think so", 'unlikely', 'not applicable'])(
    'reads a hedge or "not applicable" ("%s") as unknown, as it reads "probably not" and "n/a"',
    (text) => {
      for (const fact of FACTS) expect(parse(fact, text), fact).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
    },
  );

  it.each(['not excluded', 'Not ruled out', 'cannot be excluded', "can't rule out"])('reads "%s" as unknown, never as the no its "not" would give', (text) => {
    for (const fact of FACTS) expect(parse(fact, text), fact).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
  });

  it.each([['apl_persistent', 'no'], ['malignancy_history', 'never'], ['npsle', 'never had it']])('%s: a plain "%s" is still a no', (fact, text) => {
    expect(parse(fact, text).kind).toBe('value');
  });
});
