import { describe, expect, it } from 'vitest';
import { StateEchoBot } from '../../bench/http/stateEchoBot';
import { createAdapter } from '../../src/botframework/createAdapter';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { expectRepliesMessage } from '../support/activities';

/** The bench's reference bots must do, turn after turn, the work they stand for. */
describe('the bench reference bots', () => {
  it('state echo: counts turns in conversation state', async () => {
    const bot = new StateEchoBot();
    const adapter = createAdapter(loadConfig({}), { logger: silentLogger });
    const conversation = { id: 'reference' };
    const say = async (text: string) => (await adapter.runInProcess(expectRepliesMessage(text, { conversation }) as never, bot)).map((reply) => reply.text);
    expect(await say('a')).toEqual(['echo 1: a']);
    expect(await say('b')).toEqual(['echo 2: b']);
  });
});
