import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { builtWebChatBundlePath, installedWebChatBundlePath } from '../src/webchat/webAssets';

/**
 * The last step of npm run build (run compiled, as dist/scripts/copyWebChatBundle.js, so the build needs no tsx): copies
 * Web Chat's bundle from the installed botframework-webchat, a dev dependency, into dist/ where the server reads it.
 */
const target = builtWebChatBundlePath();
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync(installedWebChatBundlePath(), target);
