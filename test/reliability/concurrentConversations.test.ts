import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { startChildServer, type ChildServer } from './support/childServer';
import { BotFrameworkClinician, WebChatClinician } from './support/clients';

const DIAGNOSES = ['lupus', 'IgG4 related disease', "Ormond's disease", 'APS'];
const CONVERSATIONS = 200;

/** Conversation i's answers: no two conversations share the pair of diagnosis and age. */
function script(i: number) {
  return { diagnosis: DIAGNOSES[i % DIAGNOSES.length]!, age: 20 + Math.floor(i / DIAGNOSES.length), sex: i % 2 === 0 ? 'female' : 'male' };
}

/** Either entry point, behind one face. */
interface Clinician {
  say(text: string): Promise<string>;
}

describe.each(SDKS)('with %s', (sdk) => {
  let server: ChildServer;
  beforeAll(async () => {
    server = await startChildServer({ BOT_SDK: sdk });
  });
  afterAll(async () => {
    await server.stop();
  });

  describe(`${CONVERSATIONS} conversations at once, half through /api/messages and half through the intranet Web Chat channel`, () => {
    it('each keeps its own scripted answers: no answer of one appears in another', async () => {
      // What the bot calls each diagnosis, from a conversation of its own.
      const labels = new Map<string, string>();
      for (const diagnosis of DIAGNOSES) {
        const reference = new BotFrameworkClinician(server.url, `reference-${diagnosis}`, 'reference-user');
        await reference.say('hello');
        labels.set(diagnosis, /Noted: Main diagnosis: ([^\n]+)/.exec(await reference.say(diagnosis))?.[1] ?? `no label for ${diagnosis}`);
      }

      const results = await Promise.all(
        Array.from({ length: CONVERSATIONS }, async (_, i) => {
          // Each clinician from an address of its own, as separate workstations would.
          const localAddress = `127.0.2.${1 + i}`;
          let clinician: Clinician;
          if (i % 2 === 0) {
            const viaMessages = new BotFrameworkClinician(server.url, `concurrent-${i}`, `user-${i}`, localAddress);
            await viaMessages.say('hello');
            clinician = viaMessages;
          } else {
            clinician = await WebChatClinician.open(server.url, localAddress);
          }
          const { diagnosis, age, sex } = script(i);
          await clinician.say(diagnosis);
          const ageReply = await clinician.say(String(age));
          await clinician.say(sex);
          return { i, ageReply, summary: await clinician.say('summary') };
        }),
      );

      for (const { i, ageReply, summary } of results) {
        const { diagnosis, age, sex } = script(i);
        expect(ageReply, `conversation ${i}`).toContain(`Noted: Age: ${age} years`);
        expect(summary, `conversation ${i}`).toContain(`Main diagnosis: ${labels.get(diagnosis)}`);
        expect(summary.match(/Age: \d+ years/g), `conversation ${i}`).toEqual([`Age: ${age} years`]);
        expect(summary.match(/Main diagnosis: [^\n]+/g), `conversation ${i}`).toEqual([`Main diagnosis: ${labels.get(diagnosis)}`]);
        expect(summary, `conversation ${i}`).toMatch(new RegExp(`Sex: ${sex}`, 'i'));
      }
      expect(server.crashed()).toBe(false);
      expect(server.lines.filter((line) => line.level === 'error')).toEqual([]);
    }, 120_000);
  });
});
