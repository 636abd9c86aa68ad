import { ManifestError } from './manifest';

/** Placeholders in appPackage/manifest.template.json use the Teams Toolkit syntax, ${{NAME}}, filled from the environment. */
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

type Values = Readonly<Record<string, string | undefined>>;

// Used when the variable is unset. One registration can serve as both the bot and the Teams app; an organisation
// that already has a Teams app id sets TEAMS_APP_ID. The intranet page at the bot's domain carries the privacy note;
// organisations point the URLs at their own policies.
const DEFAULTS: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '${{MicrosoftAppId}}',
  TEAMS_WEBSITE_URL: 'https://${{BOT_DOMAIN}}/',
  TEAMS_PRIVACY_URL: 'https://${{BOT_DOMAIN}}/',
  TEAMS_TERMS_URL: 'https://${{BOT_DOMAIN}}/',
};

// Why a variable is needed, so a failed build says what to do rather than only what is missing.
const WHY: Readonly<Record<string, string>> = {
  MicrosoftAppId:
    'Teams reaches a bot only through a bot registration (an Azure Bot, or the Teams Developer Portal under Tools → Bot management); set MicrosoftAppId to its bot id (a GUID), which is the Teams app id too unless TEAMS_APP_ID is set (see appPackage/README.md)',
  BOT_DOMAIN: 'set BOT_DOMAIN to the host name Teams reaches the bot at, e.g. trials.hospital.example (messaging endpoint https://<BOT_DOMAIN>/api/messages)',
};

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** A value as the template gets it: blank means unset (`.env` files write `NAME=`); BOT_DOMAIN must be a bare host. */
function lookUp(name: string, values: Values, problems: Set<string>): string | undefined {
  const value = values[name]?.trim();
  if (value === undefined || value === '') {
    const fallback = DEFAULTS[name];
    if (fallback !== undefined) return fallback.replace(PLACEHOLDER, (_, inner: string) => lookUp(inner, values, problems) ?? '');
    problems.add(`${name} is not set: ${WHY[name] ?? `the template uses \${{${name}}}; set it in the environment or .env`}`);
    return undefined;
  }
  if (name === 'BOT_DOMAIN' && !HOST_NAME.test(value)) {
    problems.add(`BOT_DOMAIN must be a bare host name such as trials.hospital.example, without https://, a port or a path (got ${JSON.stringify(value)})`);
  }
  return value;
}

function fill(node: unknown, values: Values, problems: Set<string>): unknown {
  if (typeof node === 'string') {
    const filled = node.replace(PLACEHOLDER, (_, name: string) => lookUp(name, values, problems) ?? '');
    if (filled.includes('${{')) problems.add(`manifest.template.json: malformed placeholder in ${JSON.stringify(node)}; write \${{NAME}}`);
    return filled;
  }
  if (Array.isArray(node)) return node.map((item) => fill(item, values, problems));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value, values, problems)]));
  }
  return node;
}

/**
 * Fills every ${{NAME}} in the template's strings from `values`. Filling the parsed JSON, not the text, keeps a
 * value with quotes from changing the manifest's structure. Any name without a value fails the build.
 */
export function fillTemplate(templateText: string, values: Values): unknown {
  let template: unknown;
  try {
    template = JSON.parse(templateText);
  } catch (error) {
    throw new ManifestError([`manifest.template.json is not JSON: ${(error as Error).message}`]);
  }
  const problems = new Set<string>();
  const manifest = fill(template, values, problems);
  if (problems.size > 0) throw new ManifestError([...problems]);
  return manifest;
}
