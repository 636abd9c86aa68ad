import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * npm run install:size [-- --ref <commit>]: what `npm ci` and `npm ci --omit=dev` install from this project's
 * package.json and package-lock.json (or a commit's), each into an empty temporary folder: node_modules' disk use as
 * `du` counts it, the number of packages, and the largest packages. It downloads what npm's cache lacks.
 */

interface Install {
  command: string;
  kilobytes: number;
  packages: number;
  largest: { name: string; kilobytes: number }[];
}

type Outcome = Install | { command: string; failed: string };

const root = path.resolve(__dirname, '..');
const LARGEST_SHOWN = 5;

function kilobytesOf(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]);
}

/** Every installed package path (node_modules/…, nested ones included), as npm records them after an install. */
function packageCount(dir: string): number {
  const lock = JSON.parse(readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages).length;
}

/** Top-level packages (scoped ones as @scope/name) by disk use, largest first. */
function largestPackages(dir: string): Install['largest'] {
  const modules = path.join(dir, 'node_modules');
  const names = readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(path.join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
  return names
    .map((name) => ({ name, kilobytes: kilobytesOf(path.join(modules, name)) }))
    .sort((a, b) => b.kilobytes - a.kilobytes)
    .slice(0, LARGEST_SHOWN);
}

/** One install; a failed one is reported with npm's last error line, since that failure is a finding too. */
function install(files: { packageJson: string; lock: string }, flags: string[]): Outcome {
  const command = ['npm ci', ...flags].join(' ');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'install-size-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), files.packageJson);
    writeFileSync(path.join(dir, 'package-lock.json'), files.lock);
    const npm = spawnSync('npm', ['ci', ...flags, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
    if (npm.status !== 0) {
      const errors = npm.stderr.split('\n').filter((line) => /^npm error (?!A complete log)/.test(line));
      return { command, failed: errors.slice(-3).join(' / ') || `exit ${npm.status}` };
    }
    return { command, kilobytes: kilobytesOf(path.join(dir, 'node_modules')), packages: packageCount(dir), largest: largestPackages(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const megabytes = (kilobytes: number) => `${Math.round(kilobytes / 1024)} MB`;

function main(): void {
  const { values: args } = parseArgs({ options: { ref: { type: 'string' } } });
  const read = (file: string) => (args.ref === undefined ? readFileSync(path.join(root, file), 'utf8') : execFileSync('git', ['show', `${args.ref}:${file}`], { cwd: root, encoding: 'utf8' }));
  const files = { packageJson: read('package.json'), lock: read('package-lock.json') };
  console.log(`package.json and package-lock.json of ${args.ref ?? 'the working tree'}, Node ${process.version}`);
  for (const flags of [[], ['--omit=dev']]) {
    const result = install(files, flags);
    if ('failed' in result) {
      console.log(`${result.command.padEnd(22)} failed: ${result.failed}`);
      continue;
    }
    console.log(`${result.command.padEnd(22)} node_modules ${megabytes(result.kilobytes).padStart(7)} in ${result.packages} packages`);
    console.log(`  largest: ${result.largest.map((p) => `${p.name} ${megabytes(p.kilobytes)}`).join(', ')}`);
  }
}

main();
