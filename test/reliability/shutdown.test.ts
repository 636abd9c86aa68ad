import { describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { shutdownUnderLoad } from './support/shutdownUnderLoad';

describe.each(SDKS)('with %s', (sdk) => {
  describe('SIGTERM under load (the bot as npm start runs it, in a child process)', () => {
    it('resets no request: those under way and those sent during the delay are answered, /readyz says 503, then the listener closes and the process exits 0', async () => {
      const figures = await shutdownUnderLoad(sdk);
      expect(figures.resets).toBe(0);
      expect(figures.answered).toBe(figures.sent);
      expect(figures.serverErrors).toBe(0);
      expect(figures.underWayAtSignal).toBeGreaterThan(0);
      expect(figures.sentAfterSignal).toBeGreaterThan(0);
      expect(new Set(figures.readyAfterSignal)).toEqual(new Set([503]));
      expect(figures.afterClose).toBe('ECONNREFUSED');
      expect(figures.exitCode).toBe(0);
    }, 60_000);
  });
});
