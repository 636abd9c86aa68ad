import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the Teams app package is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

/** Where the official schema for a manifest lives: the $schema URL it names, and the bundled copy we read instead. */
export interface BundledSchema {
  version: string;
  url: string;
  file: string;
  draft: string;
}

const SCHEMA_URL = /\/json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;
const SCHEMAS_DIR = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** The official schema the manifest's $schema names, as bundled in @microsoft/app-manifest: nothing is downloaded. */
export function bundledSchema(url: unknown): BundledSchema {
  const version = typeof url === 'string' ? SCHEMA_URL.exec(url)?.[1] : undefined;
  if (typeof url !== 'string' || version === undefined) {
    throw new ManifestError([`manifest.json /$schema: must be a Teams schema URL such as https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json`]);
  }
  const file = path.join(SCHEMAS_DIR, version, 'MicrosoftTeams.schema.json');
  let draft: unknown;
  try {
    draft = (JSON.parse(readFileSync(file, 'utf8')) as { $schema?: unknown }).$schema;
  } catch {
    throw new ManifestError([`manifest.json /$schema: @microsoft/app-manifest bundles no schema for ${version}; pick a version from ${SCHEMAS_DIR}`]);
  }
  return { version, url, file, draft: String(draft) };
}

const compiled = new Map<string, ValidateFunction>();

// Microsoft's schemas trip ajv's strict mode (e.g. additionalProperties without a type), which only lints the schema.
const AJV_OPTIONS: Options = { allErrors: true, strict: false };

/** An ajv instance for the JSON Schema draft the schema declares; Teams schemas have been draft-04 so far. */
function ajvFor(draft: string): Ajv {
  if (draft.includes('draft-04')) return new Ajv04(AJV_OPTIONS);
  if (draft.includes('2020-12')) return new Ajv2020(AJV_OPTIONS);
  if (draft.includes('draft-07') || draft.includes('draft-06')) return new Ajv(AJV_OPTIONS);
  throw new ManifestError([`the bundled Teams schema declares an unsupported JSON Schema draft: ${draft}`]);
}

function validatorFor(schema: BundledSchema): ValidateFunction {
  let validate = compiled.get(schema.file);
  if (validate === undefined) {
    const ajv = ajvFor(schema.draft);
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schema.file, 'utf8')) as object);
    compiled.set(schema.file, validate);
  }
  return validate;
}

/** ajv's message, plus the value it wanted where ajv leaves it in params (const, enum, additionalProperties). */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of ${JSON.stringify(params.allowedValues)}`;
    case 'additionalProperties':
      return `must NOT have the property '${String(params.additionalProperty)}'`;
    default:
      return error.message ?? 'is invalid';
  }
}

interface Manifest {
  $schema?: unknown;
  id?: unknown;
  bots?: { botId?: unknown; scopes?: unknown; commandLists?: { scopes?: unknown; commands?: { title?: unknown }[] }[] }[];
}

const PERSONAL_ONLY = JSON.stringify(['personal']);

/** Rules of this app that the schema cannot express; run only on a schema-valid manifest, so shapes hold. */
function appRules({ id, bots = [] }: Manifest): string[] {
  const problems: string[] = [];
  bots.forEach((bot, i) => {
    // Teams routes messages to botId; this app registers one Azure Bot and uses its app id as the Teams app id.
    if (bot.botId !== id) problems.push(`manifest.json /bots/${i}/botId: must equal /id (the Azure Bot's Microsoft App ID)`);
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

/** Problems with a filled manifest: each official-schema error as `manifest.json <instancePath>: <message>`, then the app's rules. */
export function manifestProblems(manifest: unknown): string[] {
  let schema: BundledSchema;
  try {
    schema = bundledSchema((manifest as Manifest).$schema);
  } catch (error) {
    if (error instanceof ManifestError) return [...error.problems];
    throw error;
  }
  const validate = validatorFor(schema);
  if (!validate(manifest)) return (validate.errors ?? []).map((e) => `manifest.json ${e.instancePath || '/'}: ${describe(e)}`);
  return appRules(manifest as Manifest);
}
