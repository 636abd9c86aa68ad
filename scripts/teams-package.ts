import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildAppPackage } from '../src/teams/appPackage';
import { ManifestError } from '../src/teams/manifest';

/** npm run teams:package — validates the Teams manifest offline and writes appPackage/build/appPackage.zip. */
async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
  const zip = path.join(root, 'appPackage', 'build', 'appPackage.zip');
  try {
    const { manifest } = await buildAppPackage(path.join(root, 'appPackage'), process.env, zip);
    const { manifestVersion } = manifest as { manifestVersion: string };
    console.log(`manifest.json valid against the Teams ${manifestVersion} schema; icons 192×192 colour and 32×32 transparent outline`);
    console.log(`wrote ${path.relative(root, zip)} — upload it in Teams: Apps → Manage your apps → Upload an app`);
    return 0;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(error.message);
    return 1;
  }
}

main().then((code) => (process.exitCode = code));
