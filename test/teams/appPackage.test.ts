import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { buildAppPackage } from '../../src/teams/appPackage';
import { fillTemplate, ManifestError, manifestProblems } from '../../src/teams/manifest';
import { iconProblems, readPngHeader } from '../../src/teams/pngHeader';

const appPackageDir = path.resolve(__dirname, '../../appPackage');
const values = { MicrosoftAppId: '0b0e2f55-6a2b-4f9a-9d3c-2f1d7a4c8e11', BOT_DOMAIN: 'trials.example.org' };
const template = readFileSync(path.join(appPackageDir, 'manifest.template.json'), 'utf8');
const out = mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Json = Record<string, any>;
const filled = () => fillTemplate(template, values) as Json;

function zipEntries(zip: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const names: string[] = [];
      file.on('entry', (entry: { fileName: string }) => {
        names.push(entry.fileName);
        file.readEntry();
      });
      file.on('end', () => resolve(names));
      file.readEntry();
    });
  });
}

describe('the Teams app package', () => {
  it('fills the template and validates against the official schema bundled in @microsoft/app-manifest', () => {
    const manifest = filled();
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.id).toBe(values.MicrosoftAppId);
    expect(manifest.bots[0].botId).toBe(values.MicrosoftAppId);
    expect(manifest.bots[0].scopes).toEqual(['personal']);
    expect(manifest.validDomains).toEqual(['trials.example.org']);
    expect(manifest.bots[0].commandLists[0].commands.map((c: Json) => c.title)).toEqual(['help', 'restart', 'results', 'summary', 'back', 'why']);
  });

  it('writes a zip with exactly manifest.json, color.png and outline.png at its root', async () => {
    const zip = path.join(out, 'appPackage.zip');
    await buildAppPackage(appPackageDir, values, zip);
    expect((await zipEntries(zip)).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('reports placeholders left without a value', () => {
    expect(() => fillTemplate(template, { BOT_DOMAIN: 'x.org' })).toThrowError(/MicrosoftAppId is not set/);
  });

  it.each([
    ['a missing bot id', (m: Json) => delete m.bots[0].botId, /\/bots\/0: must have required property 'botId'/],
    ['an unknown manifest version', (m: Json) => (m.manifestVersion = '9.99'), /manifestVersion 9\.99 has no schema/],
    ['an over-long short description', (m: Json) => (m.description.short = 'x'.repeat(81)), /\/description\/short: must NOT have more than 80 characters/],
    ['an app id that is not a GUID', (m: Json) => ((m.id = 'not-a-guid'), (m.bots[0].botId = 'not-a-guid')), /\/id: must match pattern/],
    ['a bot id other than the app id', (m: Json) => (m.bots[0].botId = '11111111-1111-1111-1111-111111111111'), /\/bots\/0\/botId: must equal the app id/],
    ['a repeated command', (m: Json) => m.bots[0].commandLists[0].commands.push({ title: 'help', description: 'again' }), /command titles repeat \(help\)/],
  ])('fails on %s, naming the field', (_, breakIt, message) => {
    const manifest = filled();
    breakIt(manifest);
    const problems = (() => {
      try {
        return manifestProblems(manifest);
      } catch (error) {
        return (error as ManifestError).problems;
      }
    })();
    expect(problems.join('\n')).toMatch(message);
  });

  it('checks icon sizes and the outline icon’s transparency', () => {
    const color = readPngHeader(readFileSync(path.join(appPackageDir, 'color.png')), 'color.png');
    const outline = readPngHeader(readFileSync(path.join(appPackageDir, 'outline.png')), 'outline.png');
    expect(iconProblems(color, outline)).toEqual([]);
    expect(iconProblems({ ...color, width: 200 }, outline)).toEqual(['color.png is 200×192, expected 192×192']);
    expect(iconProblems(color, { ...outline, hasAlpha: false })).toEqual(['outline.png has no alpha channel, expected a transparent background']);
    expect(() => readPngHeader(Buffer.from('GIF89a...........................'), 'color.png')).toThrowError(/color.png is not a PNG file/);
  });
});
