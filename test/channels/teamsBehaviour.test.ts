import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import { messageBytes } from '../support/adaptiveCards';
import { seedsDir } from '../support/catalog';
import { allText, askedFact, buttons, Conversation } from '../support/conversation';
import { SDKS } from '../support/sdks';

const TEAMS_LIMIT_BYTES = 40 * 1024;
const botMention = (text: string) => ({
  type: 'message',
  channelId: 'msteams',
  text: `<at>Trial Assistant</at> ${text}`,
  entities: [{ type: 'mention', text: '<at>Trial Assistant</at>', mentioned: { id: 'bot', name: 'Trial Assistant' } }],
});

describe.each(SDKS)('with %s', (sdk) => {
  describe('Teams personal chat', () => {
    it('greets once on install (the bot added to a personal conversation), not again when the user joins', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'personal' }, 'msteams', { sdk });
      const install = await conversation.turn({ type: 'conversationUpdate', channelId: 'msteams', membersAdded: [{ id: 'bot', name: 'Bot' }] });
      expect(allText(install)).toMatch(/Hello — I help you check/);
      const again = await conversation.turn({ type: 'conversationUpdate', channelId: 'msteams', membersAdded: [{ id: 'user', name: 'User1' }] });
      expect(allText(again)).not.toMatch(/Hello/);
    });

    it('strips the bot’s @mention before reading the answer', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'personal' }, 'msteams', { sdk });
      await conversation.start();
      const replies = await conversation.turn(botMention('SLE'));
      expect(allText(replies)).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
    });

    it('treats Teams card submissions like typed answers: Action.Submit data, messageBack text + value, and imBack text', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'personal' }, 'msteams', { sdk });
      await conversation.start();
      await conversation.say('SLE');
      await conversation.say('30');
      const sexQuestion = await conversation.say('help');
      const female = buttons(sexQuestion).find((b) => b.title === 'Female');
      expect(female).toBeDefined();
      // messageBack: Teams puts the display text in `text` and the data in `value`.
      const messageBack = await conversation.turn({ type: 'message', channelId: 'msteams', text: 'Female', value: { ...female!.data, msteams: { type: 'messageBack' } } });
      expect(allText(messageBack)).toMatch(/Noted: Sex: Female/);
      const next = askedFact(messageBack);
      expect(next).toBeDefined();
      // imBack: only the text arrives, as if typed.
      const imBack = await conversation.turn({ type: 'message', channelId: 'msteams', text: 'unknown' });
      expect(allText(imBack)).toMatch(/Noted: .*unknown/i);
    });
  });

  describe('Teams group chats and channels', () => {
    it('keeps two clinicians’ answers apart by refusing the shared conversation politely', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'groupChat', isGroup: true, id: 'group-1' }, 'msteams', { sdk });
      const fromA = await conversation.turn({ ...botMention('SLE'), from: { id: 'clinician-a', name: 'A' } });
      const fromB = await conversation.turn({ ...botMention('45'), from: { id: 'clinician-b', name: 'B' } });
      for (const replies of [fromA, fromB]) {
        expect(allText(replies)).toMatch(/private chat/);
        expect(askedFact(replies)).toBeUndefined();
        expect(allText(replies)).not.toMatch(/Noted/);
      }
    });

    it('does not greet a channel it is added to', async () => {
      const conversation = new Conversation(undefined, undefined, { conversationType: 'channel', isGroup: true }, 'msteams', { sdk });
      const added = await conversation.turn({ type: 'conversationUpdate', channelId: 'msteams', membersAdded: [{ id: 'bot', name: 'Bot' }] });
      expect(allText(added)).not.toMatch(/Hello/);
    });
  });

  describe('message size on a catalog of 50 trials', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fifty-trials-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    /** Ten copies of each seeded trial, ids suffixed: 50 trials that all stay open when nothing is known. */
    function fiftyTrialSeeds(): string {
      const seeds = path.join(root, 'seeds');
      for (const shared of ['facts', 'reading']) cpSync(path.join(seedsDir, shared), path.join(seeds, shared), { recursive: true });
      for (const trial of readdirSync(path.join(seedsDir, 'trials'))) {
        for (let copy = 1; copy <= 10; copy++) {
          const target = path.join(seeds, 'trials', `${trial}-${copy}`);
          cpSync(path.join(seedsDir, 'trials', trial), target, { recursive: true });
          const record = path.join(target, 'trial.yaml');
          writeFileSync(record, readFileSync(record, 'utf8').replace(/^id: (.+)$/m, `id: $1-copy-${copy}`));
        }
      }
      return seeds;
    }

    it('keeps every message under Teams’ 40 KB, paging result cards', async () => {
      const catalog = loadCatalog(fiftyTrialSeeds());
      expect(catalog.trials).toHaveLength(50);
      const conversation = new Conversation(catalog, undefined, { conversationType: 'personal' }, 'msteams', { sdk });
      await conversation.start();
      await conversation.say('unknown');
      const results = await conversation.say('results');
      expect(allText(results)).toMatch(/Studies the patient may fit \(50\)/);
      expect(results.filter((r) => r.attachments.length > 0)).toHaveLength(10);
      expect(allText(results)).toMatch(/40 more studies may fit/);
      const more = await conversation.say('more');
      expect(more.filter((r) => r.attachments.length > 0)).toHaveLength(10);
      const largest = Math.max(...conversation.replies.map((r) => messageBytes(r.activity)));
      console.log(`largest message on a 50-trial catalog: ${largest} bytes (Teams limit ${TEAMS_LIMIT_BYTES})`);
      expect(largest).toBeLessThan(TEAMS_LIMIT_BYTES);
    });

    it('names ten of the trials one answer rules out and counts the rest', async () => {
      const conversation = new Conversation(loadCatalog(fiftyTrialSeeds()), undefined, { conversationType: 'personal' }, 'msteams', { sdk });
      await conversation.start();
      const reply = allText(await conversation.say("Sjögren's syndrome"));
      expect(reply.match(/^Ruled out: /gm)).toHaveLength(10);
      expect(reply).toMatch(/…and \d+ more studies ruled out \("results" lists them\)/);
    });
  });
});
