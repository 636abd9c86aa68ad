import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installedWebChatBundlePath } from '../../src/webchat/webAssets';
import { expectRepliesMessage } from '../support/activities';
import { freePort } from '../support/freePort';
import { type JsonResponse, postJson, repliesOf } from '../support/http';

const root = path.resolve(__dirname, '../..');
/** What a deployment holds: what npm installs from, the compiled bot, and the files it reads at run time. */
const DEPLOYED = new Set(['package.json', 'package-lock.json', 'dist', 'web', 'seeds']);
/** Left out of the copy: installed, built or written here, or this checkout's own. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.env', 'test-results', path.join('appPackage', 'build')]);
const DEV_ONLY = ['botframework-webchat', 'typescript', 'tsx', 'vitest', '@microsoft/app-manifest'];
const SETUP_MS = 5 * 60_000;
const START_MS = 30_000;
const ENV_EXAMPLE = readFileSync(path.join(root, '.env.example'), 'utf8');
const APP_ID = '0b0e2f55-6a2b-4f9a-9d3c-2f1d7a4c8e11';

let app: string;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
}

// A temporary copy of this checkout, built with its dev dependencies, then cut down to what is deployed and
// installed without dev dependencies: what `npm ci --omit=dev && npm run serve` runs on a server.
beforeAll(() => {
  app = mkdtempSync(path.join(os.tmpdir(), 'lean-install-'));
  cpSync(root, app, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(root, source)) });
  symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  run('npm', ['run', 'build'], app);
  unlinkSync(path.join(app, 'node_modules'));
  for (const entry of readdirSync(app)) if (!DEPLOYED.has(entry)) rmSync(path.join(app, entry), { recursive: true, force: true });
  run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
}, SETUP_MS);

afterAll(() => rmSync(app, { recursive: true, force: true }));

interface Served {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const running: Served[] = [];

/** `npm run serve` in the deployed copy, with `.env` holding `envFile` and nothing in the environment but `env`. */
function serve(envFile: string, env: Record<string, string> = {}): Served {
  writeFileSync(path.join(app, '.env'), envFile);
  const child = spawn('npm', ['run', 'serve'], {
    cwd: app,
    // Its own process group, so that stopping it stops npm, its shell and the bot.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? app, HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const served = { child, output: () => output, exited: new Promise<number | null>((resolve) => child.once('exit', resolve)) };
  running.push(served);
  return served;
}

afterEach(async () => {
  for (const served of running.splice(0)) {
    if (served.child.exitCode === null && served.child.pid !== undefined) process.kill(-served.child.pid, 'SIGTERM');
    await served.exited;
  }
});

/** The answer to a first message once the bot listens on `port`; fails when it exits or never listens. */
async function firstTurn(port: number, served: Served): Promise<JsonResponse> {
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (served.child.exitCode !== null) throw new Error(`npm run serve exited with ${served.child.exitCode}:\n${served.output()}`);
    try {
      return await postJson(`http://127.0.0.1:${port}/api/messages`, expectRepliesMessage('hello'));
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`nothing answered on port ${port} within ${START_MS} ms:\n${served.output()}`);
}

/** The exit code once it has stopped by itself; fails when it is still running after START_MS. */
async function exitCode(served: Served): Promise<number | null> {
  const timer = new AbortController();
  const stillRunning = sleep(START_MS, undefined, { signal: timer.signal }).then(() => {
    throw new Error(`npm run serve still runs after ${START_MS} ms:\n${served.output()}`);
  });
  try {
    return await Promise.race([served.exited, stillRunning]);
  } finally {
    // Cancelled once it has exited, so no rejection outlives the test.
    timer.abort();
    stillRunning.catch(() => undefined);
  }
}

function expectGreeting(response: JsonResponse): void {
  expect(response.status).toBe(200);
  expect(repliesOf(response).filter((reply) => reply.type === 'message' && typeof reply.text === 'string' && reply.text.length > 0)).not.toHaveLength(0);
}

/** .env.example copied as an operator would, with these lines changed (each must be in the example). */
function envFileFrom(lines: Record<string, string>): string {
  return Object.entries(lines).reduce((text, [name, value]) => {
    const line = new RegExp(`^${name}=.*$`, 'm');
    if (!line.test(text)) throw new Error(`.env.example has no ${name}= line`);
    return text.replace(line, `${name}=${value}`);
  }, ENV_EXAMPLE);
}

describe('a production install: the built project installed with npm ci --omit=dev', () => {
  it('holds the runtime dependencies and none of the dev ones', () => {
    expect(existsSync(path.join(app, 'node_modules', 'botbuilder'))).toBe(true);
    expect(DEV_ONLY.filter((name) => existsSync(path.join(app, 'node_modules', name)))).toEqual([]);
  });

  it("starts with npm run serve, answers the first turn and serves Web Chat's bundle copied into dist/", async () => {
    const port = await freePort();
    const served = serve(envFileFrom({ PORT: String(port) }));
    expectGreeting(await firstTurn(port, served));
    const bundle = await fetch(`http://127.0.0.1:${port}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBe(statSync(installedWebChatBundlePath()).size);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  }, 60_000);

  it('runs the command-line tools compiled, tsx being a dev dependency: the catalog check and the pre-screening log', () => {
    const env = { PATH: process.env.PATH ?? '' };
    const check = spawnSync(process.execPath, ['dist/src/cli/catalogCheck.js'], { cwd: app, encoding: 'utf8', env });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/catalog ok/);
    const log = spawnSync(process.execPath, ['dist/src/cli/screeningLog.js'], { cwd: app, encoding: 'utf8', env });
    expect(log.stderr).toBe('');
    expect(log.status).toBe(0);
  });
});

describe('configuration read from .env at start', () => {
  it('takes a variable set in the environment over the one in .env', async () => {
    const [fromFile, fromEnvironment] = [await freePort(), await freePort()];
    const served = serve(envFileFrom({ PORT: String(fromFile) }), { PORT: String(fromEnvironment) });
    expectGreeting(await firstTurn(fromEnvironment, served));
    await expect(fetch(`http://127.0.0.1:${fromFile}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('stops the start naming the variable when .env contradicts itself: an app id without its password', async () => {
    const served = serve(envFileFrom({ PORT: String(await freePort()), MicrosoftAppId: APP_ID }));
    expect(await exitCode(served)).not.toBe(0);
    expect(served.output()).toMatch(/MicrosoftAppPassword/);
  }, 60_000);

  it('takes an empty variable in the environment over .env: MicrosoftAppId= runs without authentication', async () => {
    const port = await freePort();
    const served = serve(envFileFrom({ PORT: String(port), MicrosoftAppId: APP_ID }), { MicrosoftAppId: '' });
    expectGreeting(await firstTurn(port, served));
  }, 60_000);
});
