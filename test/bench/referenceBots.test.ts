import { TestAdapter } from 'botbuilder';
import { describe, it } from 'vitest';
import { PromptLoopBot } from '../../bench/http/promptLoopBot';
import { StateEchoBot } from '../../bench/http/stateEchoBot';

/** The bench's reference bots must do, turn after turn, the work they stand for. */
describe('the bench reference bots', () => {
  it('prompt loop: asks, echoes the answer, asks again, keeping its dialog in conversation state', async () => {
    const bot = new PromptLoopBot();
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('hello').assertReply('Next answer?').send('42').assertReply('noted: 42').assertReply('Next answer?').send('7').assertReply('noted: 7');
  });

  it('state echo: counts turns in conversation state', async () => {
    const bot = new StateEchoBot();
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('a').assertReply('echo 1: a').send('b').assertReply('echo 2: b');
  });
});
