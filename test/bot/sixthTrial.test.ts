import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import { seedsDir } from '../support/catalog';
import { allText, Conversation, screen } from '../support/conversation';
import { unremarkable } from '../dialogs/profiles';
import { SDKS } from '../support/sdks';

const root = mkdtempSync(path.join(os.tmpdir(), 'sixth-trial-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(SDKS)('with %s', (sdk) => {
  describe('a sixth trial added as a file', () => {
    it('brings its own question into the conversation, with no code change', async () => {
      const seeds = path.join(root, 'seeds');
      cpSync(seedsDir, seeds, { recursive: true });
      cpSync(path.resolve(__dirname, '../fixtures/sixth-trial'), path.join(seeds, 'trials'), { recursive: true });
      const catalog = loadCatalog(seeds);
      expect(catalog.trials).toHaveLength(6);

      const conversation = new Conversation(catalog, undefined, undefined, undefined, { sdk });
      const opening = await conversation.start();
      expect(allText(opening)).toMatch(/Studies in the catalog \(6\)/);
      const profile = { ...unremarkable, primary_diagnosis: 'another diagnosis', serum_ferritin: '1500 µg/L' };
      const { asked, final } = await screen(conversation, profile, opening);
      expect(asked).toContain('serum_ferritin');
      expect(conversation.transcript.some((t) => t.from === 'bot' && t.text.includes('What is the serum ferritin?'))).toBe(true);
      expect(allText(final)).toMatch(/Fixture study in adult-onset Still's disease \(no registry id in source\): May be eligible/);
    });

    it('the real catalog never asks about ferritin', async () => {
      const conversation = new Conversation(undefined, undefined, undefined, undefined, { sdk });
      const { asked } = await screen(conversation, { ...unremarkable, primary_diagnosis: 'another diagnosis' }, await conversation.start());
      expect(asked).not.toContain('serum_ferritin');
    });
  });
});
