import type { Bot, Turn } from '../../src/botframework/seam';

/** A message of plain text, as the reference bots send it. */
export const textMessage = (text: string) => ({ text, summary: text });

/** Replies `echo: <text>` to every message. */
export class EchoBot implements Bot {
  async run(turn: Turn): Promise<void> {
    if (turn.activity.type === 'message') await turn.send([textMessage(`echo: ${turn.text}`)]);
  }
}
