import { createRequire } from 'node:module';
import path from 'node:path';

/** The project's web/ folder (page, script, styles), whether run from src/ (tsx) or dist/src/ (compiled). */
export function webAssetsPath(): string {
  const fromSource = path.resolve(__dirname, '..', '..', 'web');
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '..', '..', '..', 'web') : fromSource;
}

/**
 * Web Chat's full bundle: React, Adaptive Cards and directlinejs in one UMD file that defines
 * window.WebChat and loads nothing else. (webchat-es5.js is the same plus old-browser polyfills;
 * webchat-minimal.js leaves out Adaptive Cards, which the bot's questions and results need.)
 */
export function webChatBundlePath(): string {
  // The package exports no package.json; its CommonJS entry is lib/index.js, beside dist/.
  const entry = createRequire(__filename).resolve('botframework-webchat');
  return path.resolve(path.dirname(entry), '..', 'dist', 'webchat.js');
}
