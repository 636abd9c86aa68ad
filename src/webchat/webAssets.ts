import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Compiled, this file is dist/src/webchat/webAssets.js; run from source (tsx, vitest), src/webchat/webAssets.ts.
const COMPILED = path.extname(__filename) === '.js';
const PROJECT_ROOT = path.resolve(__dirname, COMPILED ? '../../..' : '../..');

/** The project's web/ folder (page, script, styles). */
export function webAssetsPath(): string {
  return path.join(PROJECT_ROOT, 'web');
}

/**
 * Web Chat's full bundle as botframework-webchat installs it: React, Adaptive Cards and directlinejs in one UMD file
 * that defines window.WebChat and loads nothing else. (webchat-es5.js is the same plus old-browser polyfills;
 * webchat-minimal.js leaves out Adaptive Cards, which the bot's questions and results need.)
 */
export function installedWebChatBundlePath(): string {
  // The package exports no package.json; its CommonJS entry is lib/index.js, beside dist/.
  const entry = createRequire(__filename).resolve('botframework-webchat');
  return path.resolve(path.dirname(entry), '..', 'dist', 'webchat.js');
}

/**
 * Where npm run build copies the bundle, so that a production install (npm ci --omit=dev) needs no
 * botframework-webchat: its 3.9 MB file is all the server serves of it, and the package brings some 500 MB.
 */
export function builtWebChatBundlePath(): string {
  return path.join(PROJECT_ROOT, 'dist', 'web', 'webchat.js');
}

/** The bundle the server serves: the built copy when compiled, the installed package's when run from source. */
export function webChatBundlePath(): string {
  if (!COMPILED) return installedWebChatBundlePath();
  const built = builtWebChatBundlePath();
  if (!existsSync(built)) {
    throw new Error(`Web Chat's bundle is missing at ${built}: npm run build copies it there from botframework-webchat`);
  }
  return built;
}
