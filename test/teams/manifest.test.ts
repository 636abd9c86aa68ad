import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import { buildAppPackage } from '../../src/teams/appPackage';
import { ManifestError, manifestProblems } from '../../src/teams/manifest';
import { iconProblems, readPngHeader } from '../../src/teams/pngHeader';
import { fillTemplate } from '../../src/teams/template';
import { en } from '../../src/replies/texts/en';
import { zhCN } from '../../src/replies/texts/zh-CN';

const root = path.resolve(__dirname, '../..');
const appPackageDir = path.join(root, 'appPackage');
const values = { MicrosoftAppId: '0b0e2f55-6a2b-4f9a-9d3c-2f1d7a4c8e11', BOT_DOMAIN: 'trials.example.org' };
const template = readFileSync(path.join(appPackageDir, 'manifest.template.json'), 'utf8');
const colorPng = readFileSync(path.join(appPackageDir, 'color.png'));
const outlinePng = readFileSync(path.join(appPackageDir, 'outline.png'));
const out = mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Json = Record<string, any>;
const filled = () => fillTemplate(template, values) as Json;
const { manifestVersion } = JSON.parse(template) as { manifestVersion: string };

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a ManifestError');
}

/** Every entry of a zip, read back through its central directory. */
function readZip(zip: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

/** A copy of a real PNG with its IHDR width, height or colour type changed. */
function withHeader(png: Buffer, change: { width?: number; height?: number; colourType?: number }): Buffer {
  const copy = Buffer.from(png);
  if (change.width !== undefined) copy.writeUInt32BE(change.width, 16);
  if (change.height !== undefined) copy.writeUInt32BE(change.height, 20);
  if (change.colourType !== undefined) copy.writeUInt8(change.colourType, 25);
  return copy;
}

describe('the Teams manifest template', () => {
  it('fills and validates against the official schema bundled in @microsoft/app-manifest', async () => {
    const manifest = filled();
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(manifest.id).toBe(values.MicrosoftAppId);
    expect(manifest.bots[0]).toMatchObject({ botId: values.MicrosoftAppId, scopes: ['personal'], supportsFiles: false, isNotificationOnly: false });
    expect(manifest.validDomains).toEqual(['trials.example.org']);
    expect(manifest.developer).toMatchObject({ websiteUrl: 'https://trials.example.org/', privacyUrl: 'https://trials.example.org/', termsOfUseUrl: 'https://trials.example.org/' });
    expect(manifest.bots[0].commandLists[0].commands.map((c: Json) => c.title)).toEqual(['help', 'restart', 'results', 'summary', 'back', 'why']);
    expect(manifest.description.full).toMatch(/de-identified/);
    expect(manifest.description.full).toMatch(/never asks for patient names or record numbers/);
  });

  it('is on the newest released manifest version bundled offline', () => {
    const schemasDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');
    const released = readdirSync(schemasDir)
      .filter((dir) => /^v\d+\.\d+$/.test(dir))
      .map((dir) => dir.slice(1))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const manifest = filled();
    expect(manifest.manifestVersion).toBe(released.at(-1));
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
  });

  it('takes a TEAMS_APP_ID distinct from the bot id as the app id; the bot id stays MicrosoftAppId', async () => {
    const teamsAppId = '5d1f0a77-3c2e-4b8d-9f10-6a7b8c9d0e1f';
    const manifest = fillTemplate(template, { ...values, TEAMS_APP_ID: teamsAppId }) as Json;
    expect(manifest.id).toBe(teamsAppId);
    expect(manifest.bots[0].botId).toBe(values.MicrosoftAppId);
    expect(await manifestProblems(manifest)).toEqual([]);
    expect((fillTemplate(template, { ...values, TEAMS_APP_ID: ' ' }) as Json).id).toBe(values.MicrosoftAppId);
  });

  it('takes the developer URLs from the environment when set', () => {
    const manifest = fillTemplate(template, { ...values, TEAMS_PRIVACY_URL: 'https://hospital.example/privacy', TEAMS_WEBSITE_URL: ' ' }) as Json;
    expect(manifest.developer.privacyUrl).toBe('https://hospital.example/privacy');
    expect(manifest.developer.websiteUrl).toBe('https://trials.example.org/');
  });
});

describe('placeholders without a value', () => {
  it('explains that MicrosoftAppId comes from a bot registration, once though TEAMS_APP_ID defaults to it', () => {
    const problems = problemsOf(() => fillTemplate(template, { BOT_DOMAIN: 'x.org', MicrosoftAppId: '' })).split('\n');
    expect(problems).toEqual([expect.stringMatching(/^MicrosoftAppId is not set: .*an Azure Bot, or the Teams Developer Portal/)]);
  });

  it('reports a missing BOT_DOMAIN once, though the default URLs use it too', () => {
    const problems = problemsOf(() => fillTemplate(template, { MicrosoftAppId: values.MicrosoftAppId }));
    expect(problems.split('\n')).toEqual([expect.stringMatching(/^BOT_DOMAIN is not set/)]);
  });

  it('reports any name the template uses that has no value, and malformed placeholders', () => {
    expect(problemsOf(() => fillTemplate('{"a": "${{NOT_SET_ANYWHERE}}"}', {}))).toMatch(/NOT_SET_ANYWHERE is not set/);
    expect(problemsOf(() => fillTemplate('{"a": "${{ BOT_DOMAIN }}"}', values))).toMatch(/malformed placeholder/);
  });

  it('refuses a BOT_DOMAIN that is a URL rather than a host name', () => {
    expect(problemsOf(() => fillTemplate(template, { ...values, BOT_DOMAIN: 'https://trials.example.org/api' }))).toMatch(/BOT_DOMAIN must be a bare host name/);
  });

  it('fills values into strings only, so quotes cannot change the manifest structure', () => {
    expect(fillTemplate('{"a": "${{X}}", "b": 1}', { X: '", "b": 2, "c": "' })).toEqual({ a: '", "b": 2, "c": "', b: 1 });
  });
});

describe('a broken manifest', () => {
  it.each([
    ['a missing bot id', (m: Json) => delete m.bots[0].botId, "manifest.json /bots/0: must have required property 'botId'"],
    ['another manifest version', (m: Json) => (m.manifestVersion = '1.24'), `manifest.json /manifestVersion: must be equal to constant. Details: {"allowedValue":"${manifestVersion}"}`],
    ['an over-long short description', (m: Json) => (m.description.short = 'x'.repeat(81)), 'manifest.json /description/short: must NOT have more than 80 characters'],
    ['an app id that is not a GUID', (m: Json) => ((m.id = 'not-a-guid'), (m.bots[0].botId = 'not-a-guid')), 'manifest.json /id: must match pattern'],
    ['an unknown property', (m: Json) => (m.bots[0].supportsFile = false), 'manifest.json /bots/0: must NOT have additional properties. Details: {"additionalProperty":"supportsFile"}'],
    ['a root-level problem', (m: Json) => delete m.name, "manifest.json /: must have required property 'name'"],
    ['a group chat scope', (m: Json) => m.bots[0].scopes.push('groupChat'), 'manifest.json /bots/0/scopes: must be ["personal"] only'],
    ['a repeated command', (m: Json) => m.bots[0].commandLists[0].commands.push({ title: 'Help' }), 'command titles must be unique, repeated: help'],
    ['a schema version not bundled', (m: Json) => (m.$schema = m.$schema.replace(/v1\.\d+/, 'v9.99')), 'manifest.json /$schema: @microsoft/app-manifest bundles no schema for v9.99'],
  ])('fails on %s, naming the field', async (_, breakIt, message) => {
    const manifest = filled();
    breakIt(manifest);
    expect((await manifestProblems(manifest)).join('\n')).toContain(message);
  });
});

describe('validation offline', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('never fetches a schema: valid, broken and unbundled manifests are judged with fetch failing', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const broken = filled();
    broken.bots[0].scopes = ['personal', 'bogus'];
    const unbundled = filled();
    unbundled.$schema = unbundled.$schema.replace(/v1\.\d+/, 'v9.99');
    expect(await manifestProblems(filled())).toEqual([]);
    expect(await manifestProblems(broken)).toEqual([expect.stringMatching(/^manifest\.json \/bots\/0\/scopes\/1: must be equal to one of the allowed values/)]);
    expect(await manifestProblems(unbundled)).toEqual([expect.stringContaining('bundles no schema for v9.99')]);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the icons', () => {
  const color = readPngHeader(colorPng, 'color.png');
  const outline = readPngHeader(outlinePng, 'outline.png');

  it('are 192×192 and a transparent 32×32', () => {
    expect(color).toEqual({ name: 'color.png', width: 192, height: 192, hasAlpha: true });
    expect(outline).toEqual({ name: 'outline.png', width: 32, height: 32, hasAlpha: true });
    expect(iconProblems(color, outline)).toEqual([]);
  });

  it('fail on wrong dimensions or an outline without alpha, read from the PNG header', () => {
    const wide = readPngHeader(withHeader(colorPng, { width: 200 }), 'color.png');
    const big = readPngHeader(withHeader(outlinePng, { width: 64, height: 64 }), 'outline.png');
    const opaque = readPngHeader(withHeader(outlinePng, { colourType: 2 }), 'outline.png');
    expect(iconProblems(wide, outline)).toEqual(['color.png is 200×192, expected 192×192']);
    expect(iconProblems(color, big)).toEqual(['outline.png is 64×64, expected 32×32']);
    expect(iconProblems(color, opaque)).toEqual(['outline.png has no alpha channel, expected a transparent background']);
    expect(iconProblems(outline, color)).toHaveLength(2);
    expect(() => readPngHeader(Buffer.from('GIF89a'.padEnd(40, '.')), 'color.png')).toThrowError('color.png is not a PNG file');
  });
});

describe('the app package zip', () => {
  it('holds exactly manifest.json, color.png, outline.png and the Chinese strings at its root, byte for byte', async () => {
    const zip = path.join(out, 'appPackage.zip');
    const built = await buildAppPackage(appPackageDir, values, zip);
    const entries = await readZip(zip);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'zh-cn.json']);
    expect(entries.get('zh-cn.json')!.equals(readFileSync(path.join(appPackageDir, 'zh-cn.json')))).toBe(true);
    expect(JSON.parse(entries.get('manifest.json')!.toString('utf8'))).toEqual(built.manifest);
    expect(entries.get('color.png')!.equals(colorPng)).toBe(true);
    expect(entries.get('outline.png')!.equals(outlinePng)).toBe(true);
  });

  it('is the same bytes for the same inputs', async () => {
    const [a, b] = [path.join(out, 'a.zip'), path.join(out, 'b.zip')];
    await buildAppPackage(appPackageDir, values, a);
    await buildAppPackage(appPackageDir, values, b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('is not written when an icon is wrong', async () => {
    const dir = mkdtempSync(path.join(out, 'app-'));
    cpSync(appPackageDir, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}build`) });
    writeFileSync(path.join(dir, 'color.png'), withHeader(colorPng, { width: 96, height: 96 }));
    const zip = path.join(dir, 'out.zip');
    await expect(buildAppPackage(dir, values, zip)).rejects.toThrowError(/color\.png is 96×96, expected 192×192/);
    expect(existsSync(zip)).toBe(false);
  });
});

describe('the app in Chinese (issue 20)', () => {
  const strings = JSON.parse(readFileSync(path.join(appPackageDir, 'zh-cn.json'), 'utf8')) as Record<string, string>;

  it('names a zh-cn strings file that the official localization schema of its version accepts', () => {
    expect(filled().localizationInfo).toEqual({ defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'zh-cn', file: 'zh-cn.json' }] });
    expect(strings['name.short']).toMatch(/\p{Script=Han}/u);
  });

  it('gives every command a Chinese title the bot takes as that same command', () => {
    const commands = filled().bots[0].commandLists[0].commands as { title: string }[];
    expect(commands.length).toBe(6);
    commands.forEach((command, i) => {
      const title = strings[`bots[0].commandLists[0].commands[${i}].title`];
      const which = Object.entries(en.commands).find(([, words]) => words.includes(command.title))?.[0] as keyof typeof zhCN.commands;
      expect(zhCN.commands[which], `${command.title} → ${title}`).toContain(title);
      expect(strings[`bots[0].commandLists[0].commands[${i}].description`]).toMatch(/\p{Script=Han}/u);
    });
  });

  it('refuses a strings file the schema does not accept, naming the file and the path', async () => {
    const dir = mkdtempSync(path.join(out, 'app-'));
    cpSync(appPackageDir, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}build`) });
    writeFileSync(path.join(dir, 'zh-cn.json'), JSON.stringify({ ...strings, 'name.short': 'x'.repeat(40) }));
    await expect(buildAppPackage(dir, values, path.join(dir, 'out.zip'))).rejects.toThrowError(/zh-cn\.json \/name\.short: must NOT have more than 30 characters/);
  });
});

describe('npm run teams:package', () => {
  const run = (env: Record<string, string>, zip: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/teams-package.ts'), '--out', zip], {
      cwd: root,
      encoding: 'utf8',
      // Empty values override a developer's .env, which the script loads from the project root.
      env: { PATH: process.env.PATH ?? '', MicrosoftAppId: '', TEAMS_APP_ID: '', BOT_DOMAIN: '', TEAMS_WEBSITE_URL: '', TEAMS_PRIVACY_URL: '', TEAMS_TERMS_URL: '', ...env },
    });

  it('prints what it validated and where the zip is', () => {
    const zip = path.join(out, 'cli.zip');
    const result = run(values, zip);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid against the official Teams v1\.\d+ schema \(http:\/\/json-schema\.org\/draft-04\/schema#\)/);
    expect(result.stdout).toContain('outline.png: 32×32, with alpha');
    expect(result.stdout).toContain('manifest.json, color.png, outline.png');
    expect(existsSync(zip)).toBe(true);
  });

  it('exits 1 naming the missing app id, and each schema error by path', () => {
    const missing = run({ BOT_DOMAIN: 'trials.example.org' }, path.join(out, 'missing.zip'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/MicrosoftAppId is not set: .*bot registration/);
    const invalid = run({ ...values, MicrosoftAppId: 'not-a-guid' }, path.join(out, 'invalid.zip'));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('manifest.json /id: must match pattern');
    expect(invalid.stderr).toContain('manifest.json /bots/0/botId: must match pattern');
    expect(existsSync(path.join(out, 'invalid.zip'))).toBe(false);
  });
});
