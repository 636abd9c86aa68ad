import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');
const BOT_FRAMEWORK = path.join(SRC, 'botframework');

/** The Bot Framework SDKs: botbuilder and its packages, botframework-connector and co., the Microsoft 365 Agents SDK. */
const SDK = /^(?:botbuilder|botframework-|@microsoft\/agents-)/;

/** Every module a TypeScript file names: static imports and re-exports, import(), require(). */
function modulesNamed(source: string): string[] {
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(specifiers)].map((match) => match[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files under src/ outside `allowed` that import an SDK, each with what it imports. */
function sdkImportsOutside(allowed: string): string[] {
  return sourceFiles(SRC)
    .filter((file) => !file.startsWith(`${allowed}${path.sep}`))
    .flatMap((file) => modulesNamed(readFileSync(file, 'utf8')).filter((name) => SDK.test(name)).map((name) => `${path.relative(SRC, file)} imports ${name}`));
}

describe('the Bot Framework SDKs stay in src/botframework/', () => {
  it('no file of src/ outside it imports botbuilder, botframework-connector or @microsoft/agents-*', () => {
    expect(sdkImportsOutside(BOT_FRAMEWORK)).toEqual([]);
  });

  it('the check sees the SDK imports there are (inside the folder), so it would see one outside', () => {
    const found = sdkImportsOutside(path.join(SRC, 'no-such-folder'));
    expect(found).toContain(`${path.join('botframework', 'botbuilder', 'adapter.ts')} imports botbuilder`);
    expect(found).toContain(`${path.join('botframework', 'agents', 'adapter.ts')} imports @microsoft/agents-hosting`);
  });

  it.each([
    ["import { CloudAdapter } from 'botbuilder';", 'botbuilder'],
    ["import type { Activity } from '@microsoft/agents-activity';", '@microsoft/agents-activity'],
    ["export { validateAndFixActivity } from 'botbuilder/lib/activityValidator';", 'botbuilder/lib/activityValidator'],
    ["const connector = await import('botframework-connector');", 'botframework-connector'],
    ["const hosting = require(\"@microsoft/agents-hosting\");", '@microsoft/agents-hosting'],
    ["import 'botbuilder-core';", 'botbuilder-core'],
  ])('reads the module a file names in %s', (source, name) => {
    expect(modulesNamed(source)).toEqual([name]);
  });
});
