import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage } from '../src/teams/appPackage';
import { ManifestError } from '../src/teams/manifest';

/**
 * npm run teams:package [-- --out <file.zip>]: fills appPackage/manifest.template.json from the environment (and
 * .env), validates it offline against the official Teams schema, checks the icons, writes appPackage/build/appPackage.zip.
 */
async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
  // Variables already in the environment, even empty ones, win over .env, as with node --env-file.
  const envFile = path.join(root, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const zip = path.resolve(args.out ?? path.join(root, 'appPackage', 'build', 'appPackage.zip'));
  try {
    const built = await buildAppPackage(path.join(root, 'appPackage'), process.env, zip);
    const manifest = built.manifest as { id: string; bots: { botId: string }[]; validDomains: string[] };
    console.log(`manifest.json: valid against the official Teams ${built.schema.version} schema (${built.schema.draft}), by @microsoft/app-manifest's validator`);
    console.log(`  schema read offline from ${path.relative(root, built.schema.file)}`);
    console.log(`  app rules: personal scope only, command titles unique`);
    console.log(`  Teams app id ${manifest.id}, bot id ${manifest.bots.map((bot) => bot.botId).join(', ')}, valid domains ${manifest.validDomains.join(', ')}`);
    for (const icon of built.icons) console.log(`${icon.name}: ${icon.width}×${icon.height}${icon.hasAlpha ? ', with alpha' : ''}`);
    console.log(`wrote ${path.relative(process.cwd(), zip) || zip} (${statSync(zip).size} bytes: ${built.entries.join(', ')})`);
    console.log('Upload it in Teams: Apps → Manage your apps → Upload an app → Upload a custom app.');
    return 0;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(`teams:package: ${error.message}`);
    return 1;
  }
}

main().then((code) => (process.exitCode = code));
