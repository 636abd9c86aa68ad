import { TestAdapter } from 'botbuilder';
import { describe, it } from 'vitest';
import { StateEchoBot } from '../../bench/http/stateEchoBot';

/** The bench's reference bots must do, turn after turn, the work they stand for. */
describe('the bench reference bots', () => {
  it('state echo: counts turns in conversation state', async () => {
    const bot = new StateEchoBot();
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('a').assertReply('echo 1: a').send('b').assertReply('echo 2: b');
  });
});
