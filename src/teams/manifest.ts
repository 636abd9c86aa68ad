import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Placeholders in appPackage/manifest.template.json, Teams Toolkit style: ${{NAME}}. */
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the Teams manifest is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/** Fills every ${{NAME}} from `values`; a name with no value is reported, never left in the package. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>): unknown {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (!value) {
      missing.add(name);
      return '';
    }
    return value;
  });
  if (missing.size > 0) {
    throw new ManifestError([...missing].map((name) => `${name} is not set: the manifest needs it (see appPackage/README.md)`));
  }
  return JSON.parse(filled);
}

/** The official JSON schema for the manifest's version, as bundled in @microsoft/app-manifest (no download). */
function schemaFor(manifestVersion: string): object {
  const file = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.schema.json',
  );
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch {
    throw new ManifestError([`manifestVersion ${manifestVersion} has no schema in @microsoft/app-manifest`]);
  }
}

interface Manifest {
  manifestVersion?: unknown;
  id?: unknown;
  bots?: { botId?: unknown; commandLists?: { commands?: { title?: unknown }[] }[] }[];
}

/** Problems with a filled manifest: the official schema's, then the checks the schema cannot express. */
export function manifestProblems(manifest: unknown): string[] {
  const { manifestVersion, id, bots } = manifest as Manifest;
  if (typeof manifestVersion !== 'string') return ['manifest.json /manifestVersion: must be a string such as "1.24"'];
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schemaFor(manifestVersion));
  const problems = validate(manifest) ? [] : (validate.errors ?? []).map((e) => `manifest.json ${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
  bots?.forEach((bot, i) => {
    if (bot.botId !== id) problems.push(`manifest.json /bots/${i}/botId: must equal the app id (the Azure Bot's Microsoft App ID)`);
    const titles = (bot.commandLists ?? []).flatMap((list) => (list.commands ?? []).map((c) => c.title));
    const repeated = titles.filter((title, j) => titles.indexOf(title) !== j);
    if (repeated.length > 0) problems.push(`manifest.json /bots/${i}/commandLists: command titles repeat (${repeated.join(', ')})`);
  });
  return problems;
}
