import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where to look for Chromium: CHROMIUM_PATH alone when set, else `which chromium` (Debian's package) and the old name. */
function candidates(): string[] {
  if (process.env.CHROMIUM_PATH) return [process.env.CHROMIUM_PATH];
  const found: string[] = [];
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      found.push(execFileSync('which', [name], { encoding: 'utf8' }).trim());
    } catch {
      found.push(`/usr/bin/${name}`);
    }
  }
  return [...new Set(found.filter((p) => p !== ''))];
}

const searched = candidates();

export const chromiumPath: string | undefined = searched.find((p) => existsSync(p));

/** Why a browser test cannot run here, or undefined when it can. */
export const chromiumMissing: string | undefined =
  chromiumPath === undefined ? `Chromium not found at ${searched.join(' or ')} (install it: apt-get install -y chromium)` : undefined;

// Without the networking flags Chromium keeps calling Google services, which a closed network only slows down.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium with a throw-away profile; close() removes the profile too. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!chromiumPath) throw new Error(chromiumMissing);
  const profile = mkdtempSync(path.join(tmpdir(), 'webchat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: FLAGS, viewport });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
