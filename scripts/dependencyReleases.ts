import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The production dependency tree for a security review, as a markdown table: each direct dependency with the version
 * installed, its own dependencies, the registry's latest version and when that was released (`npm view <package> time`),
 * and how many packages the production install holds in all. Re-run it before a review:
 *
 *   npx tsx scripts/dependencyReleases.ts
 */
interface Tree {
  version?: string;
  dependencies?: Record<string, Tree>;
}

const ROOT = path.resolve(__dirname, '..');
const npm = (...args: string[]): string => execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Every package of the tree once, by name and version. */
function packagesIn(tree: Tree, seen = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    const id = `${name}@${child.version ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    packagesIn(child, seen);
  }
  return seen;
}

const declared = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
const tree = JSON.parse(npm('ls', '--omit=dev', '--all', '--json')) as Tree;

console.log('| Package | Range | Installed | Its dependencies | Latest | Latest released |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, range] of Object.entries(declared)) {
  const installed = tree.dependencies?.[name];
  const times = JSON.parse(npm('view', name, 'time', '--json')) as Record<string, string>;
  const latest = npm('view', name, 'dist-tags.latest').trim();
  const own = Object.keys(installed?.dependencies ?? {}).join(', ') || '—';
  console.log(`| ${name} | ${range} | ${installed?.version ?? 'not installed'} | ${own} | ${latest} | ${(times[latest] ?? '?').slice(0, 10)} |`);
}
console.log(`\nProduction install: ${packagesIn(tree).size} packages (npm ls --omit=dev --all), ${new Date().toISOString().slice(0, 10)}.`);
