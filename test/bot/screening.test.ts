import { describe, expect, it } from 'vitest';
import { allText, Conversation, screen } from '../support/conversation';
import { screeningCases, trialNames } from '../dialogs/profiles';
import { SDKS } from '../support/sdks';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(SDKS)('with %s', (sdk) => {
  describe.each([
    ['one question at a time', 1],
    ['questions grouped on cards', 6],
  ])('full screenings, one per path, %s', (_mode, groupSize) => {
    it.each(screeningCases)('$name', async ({ profile, trial, verdict, because }) => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk, groupSize });
      const { asked, final } = await screen(conversation, profile, await conversation.start());
      expect(new Set(asked).size, 'no question is asked twice').toBe(asked.length);
      const transcript = conversation.transcript.filter((t) => t.from === 'bot').map((t) => t.text).join('\n');
      const name = escape(trialNames[trial]);
      if (verdict === 'May be eligible') {
        expect(allText(final)).toMatch(new RegExp(`• ${name}: May be eligible\\.`));
        // The result names whom to contact.
        expect(allText(final)).toMatch(new RegExp(`• ${name}: May be eligible\\.[\\s\\S]*?Contact: \\S`));
      } else {
        // A short line naming the deciding criterion and the patient's value; the source sentence is on the card.
        const criteria = [because ?? []].flat().map(escape).join('|');
        expect(transcript).toMatch(new RegExp(`Ruled out: ${name} — (inclusion|exclusion) (${criteria}), [^:\n]+: \\S`));
      }
    });
  });
});
