import { describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { runFuzz, SUITE_FUZZ as FUZZ } from './support/runFuzz';

describe.each(SDKS)('with %s', (sdk) => {
  describe(`${FUZZ.count} randomised and mutated activities and bodies, against the bot as npm start runs it`, () => {
    it('are each answered within 10 s, never with a 5xx but an invoke’s documented 501, fail no turn, and never crash the server', async () => {
      const figures = await runFuzz(FUZZ, sdk);
      expect(figures.requests).toBe(FUZZ.count);
      expect(figures.failures).toEqual([]);
      expect(figures.byStatusClass['5xx'] ?? 0).toBe(figures.unsupportedInvokes);
      expect(figures.crashed).toBe(false);
      expect(figures.failedTurns).toEqual({});
      // Every line goes through the logger: nothing on stderr (no stack trace, no library's text).
      expect(figures.stderrBytes).toBe(0);
      // The mix is what it says: ordinary turns and refusals both in the thousands.
      expect(figures.byStatusClass['2xx']).toBeGreaterThan(1_500);
      expect(figures.byStatusClass['4xx']).toBeGreaterThan(1_500);
    }, 240_000);
  });
});
