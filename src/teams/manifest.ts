import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the Teams app package is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/** The official schema a manifest names in $schema, as bundled in @microsoft/app-manifest, and where it was read. */
export interface BundledSchema {
  version: string;
  url: string;
  file: string;
  draft: string;
  schema: object;
}

const SCHEMA_URL = /\/json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;
const SCHEMAS_DIR = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/**
 * The official schema the manifest's $schema names, read from the copy bundled in @microsoft/app-manifest. A version
 * the package does not bundle is refused here: given no schema, its validator would download one.
 */
export function bundledSchema(url: unknown): BundledSchema {
  const version = typeof url === 'string' ? SCHEMA_URL.exec(url)?.[1] : undefined;
  if (typeof url !== 'string' || version === undefined) {
    throw new ManifestError([`manifest.json /$schema: must be a Teams schema URL such as https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json`]);
  }
  const file = path.join(SCHEMAS_DIR, version, 'MicrosoftTeams.schema.json');
  let schema: { $schema?: unknown };
  try {
    schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: unknown };
  } catch {
    throw new ManifestError([`manifest.json /$schema: @microsoft/app-manifest bundles no schema for ${version}; pick a version from ${SCHEMAS_DIR}`]);
  }
  return { version, url, file, draft: String(schema.$schema), schema };
}

type ValidatorArguments = Parameters<typeof AppManifestUtils.validateAgainstSchema>;

/**
 * Problems with one of the manifest's language files (`localizationInfo.additionalLanguages`), by the official
 * localization schema of the manifest's own version, bundled beside it: each as `<file> <instancePath>: <message>`.
 */
export async function localizationProblems(file: string, strings: unknown, manifestSchema: BundledSchema): Promise<string[]> {
  const schema = JSON.parse(readFileSync(path.join(path.dirname(manifestSchema.file), 'MicrosoftTeams.Localization.schema.json'), 'utf8')) as { patternProperties?: Record<string, unknown> };
  // The official file's patterns for activity types close a bracket unescaped ("…\b]\.description$"), which a
  // validator compiling patterns as Unicode refuses; the bracket is escaped, as its other patterns write it.
  if (schema.patternProperties) schema.patternProperties = Object.fromEntries(Object.entries(schema.patternProperties).map(([pattern, rule]) => [pattern.replaceAll('\\b]', '\\b\\]'), rule]));
  const errors = await AppManifestUtils.validateAgainstSchema(strings as ValidatorArguments[0], schema as ValidatorArguments[1]);
  return errors.map((problem) => located(problem).replace(/^manifest\.json/, file));
}

/** The validator writes `<instancePath> <message>. Details: <params>`; ours name the file and the path, as the app's rules do. */
function located(problem: string): string {
  const space = problem.indexOf(' ');
  if (space < 0) return `manifest.json: ${problem}`;
  return `manifest.json ${problem.slice(0, space) || '/'}:${problem.slice(space)}`;
}

interface Manifest {
  $schema?: unknown;
  bots?: { scopes?: unknown; commandLists?: { scopes?: unknown; commands?: { title?: unknown }[] }[] }[];
}

const PERSONAL_ONLY = JSON.stringify(['personal']);

/** Rules of this app that the schema cannot express; run only on a schema-valid manifest, so shapes hold. */
function appRules({ bots = [] }: Manifest): string[] {
  const problems: string[] = [];
  bots.forEach((bot, i) => {
    // Group chats and channels would mix several clinicians' answers in one screening; the bot refuses them.
    if (JSON.stringify(bot.scopes) !== PERSONAL_ONLY) problems.push(`manifest.json /bots/${i}/scopes: must be ["personal"] only`);
    const lists = bot.commandLists ?? [];
    lists.forEach((list, j) => {
      if (JSON.stringify(list.scopes) !== PERSONAL_ONLY) problems.push(`manifest.json /bots/${i}/commandLists/${j}/scopes: must be ["personal"] only`);
    });
    // Teams shows the menu as typed text, and the bot reads commands case-insensitively.
    const titles = lists.flatMap((list) => (list.commands ?? []).map((c) => String(c.title).toLowerCase()));
    const repeated = [...new Set(titles.filter((title, k) => titles.indexOf(title) !== k))];
    if (repeated.length > 0) problems.push(`manifest.json /bots/${i}/commandLists: command titles must be unique, repeated: ${repeated.join(', ')}`);
  });
  return problems;
}

/**
 * Problems with a filled manifest: each error of @microsoft/app-manifest's validator against the bundled official
 * schema as `manifest.json <instancePath>: <message>`, then the app's rules. Reads no network: the schema is passed in.
 */
export async function manifestProblems(manifest: unknown): Promise<string[]> {
  let bundled: BundledSchema;
  try {
    bundled = bundledSchema((manifest as Manifest).$schema);
  } catch (error) {
    if (error instanceof ManifestError) return [...error.problems];
    throw error;
  }
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest as ValidatorArguments[0], bundled.schema as ValidatorArguments[1]);
  if (schemaErrors.length > 0) return schemaErrors.map(located);
  return appRules(manifest as Manifest);
}
