import { describe, expect, it } from 'vitest';
import { cardProblems } from '../support/adaptiveCards';
import { Conversation, screen } from '../support/conversation';
import { screeningCases } from '../dialogs/profiles';
import { realCatalog } from '../support/catalog';
import { SDKS } from '../support/sdks';

describe.each(SDKS)('with %s', (sdk) => {
  describe('every card the bot sends', () => {
    it('validates as Adaptive Card 1.5 with only Action.Submit, Action.OpenUrl and Action.ToggleVisibility, across all screening paths', async () => {
      const seen = new Map<string, unknown>();
      for (const { profile } of screeningCases) {
        const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
        await screen(conversation, profile, await conversation.start());
        await conversation.say('results');
        for (const reply of conversation.replies) for (const a of reply.attachments) seen.set(JSON.stringify(a.content), a.content);
      }
      // Question cards of every fact type and result cards of every verdict.
      const kinds = new Set([...seen.values()].flatMap((c) => (c as { body: { type: string }[] }).body.map((b) => b.type)));
      expect(kinds).toEqual(new Set(['TextBlock', 'Input.ChoiceSet', 'Input.Text', 'Container', 'ActionSet']));
      const problems = [...seen.values()].flatMap((card) => cardProblems(card).map((p) => `${p} in ${JSON.stringify(card).slice(0, 120)}`));
      expect(problems).toEqual([]);
      expect(seen.size).toBeGreaterThan(50);
    });

    it('a question card shows its hint once: below the field, not again as the field\'s placeholder', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      await screen(conversation, screeningCases[0]!.profile, await conversation.start());
      const cards = conversation.replies.flatMap((r) => r.attachments.map((a) => JSON.stringify(a.content)));
      const catalog = realCatalog();
      const hinted = [...catalog.facts.values()].filter((fact) => cards.some((card) => card.includes(JSON.stringify(fact.question).slice(1, -1))));
      const typed = hinted.filter((fact) => fact.type === 'number' || fact.type === 'date' || fact.type === 'medication');
      expect(typed.length).toBeGreaterThan(2);
      for (const fact of typed) {
        const card = cards.find((c) => c.includes(JSON.stringify(fact.question).slice(1, -1)))!;
        expect(card.split(JSON.stringify(fact.hint)).length - 1, fact.id).toBe(1);
      }
    });

    it('the checker itself rejects what Teams or Web Chat would not render', () => {
      expect(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] })).toContain('version is 1.6, expected 1.5');
      expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Widget' }] }).join()).toMatch(/Unknown element type "Widget"/);
      expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.Execute', title: 'x' }] })).toContain(
        'action Action.Execute is not rendered everywhere',
      );
    });
  });
});
