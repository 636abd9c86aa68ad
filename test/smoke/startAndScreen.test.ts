import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessagesConversation } from '../instances/support/entryPoints';
import { answersNotNoted, screen } from '../instances/support/screeningScript';
import { startChildServer, type ChildServer } from '../reliability/support/childServer';
import { SDKS } from '../support/sdks';

const ROOT = path.resolve(__dirname, '../..');

/** What CI runs on every supported Node version (with test/reliability): the bot built, started, screening a patient. */
describe(`npm start on Node ${process.version}`, () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  describe.each(SDKS)('with %s', (sdk) => {
    let server: ChildServer;
    beforeAll(async () => {
      server = await startChildServer({ BOT_SDK: sdk }, { entry: 'compiled' });
    });
    afterAll(async () => {
      await server.stop();
    });

    it('screens a patient through /api/messages to the verdicts, every answer understood, and stops cleanly', async () => {
      const conversation = new MessagesConversation([server.url], `smoke-${sdk}`);
      const run = await screen(await conversation.say('hello', 0), (text) => conversation.say(text, 0));
      expect(answersNotNoted(run)).toEqual([]);
      expect(run.results).toMatch(/Studies the patient may fit \(1\)[\s\S]*Ruled out \(4\)/);
      expect(server.lines.find((line) => line.msg === 'bot listening')).toMatchObject({ sdk });
      expect(await server.stop()).toBe(0);
      expect(server.stderr()).toBe('');
    }, 60_000);
  });
});
