import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { bundledSchema, type BundledSchema, localizationProblems, ManifestError, manifestProblems } from './manifest';
import { iconProblems, type PngHeader, readPngHeader } from './pngHeader';
import { fillTemplate } from './template';

export interface BuiltPackage {
  zip: string;
  manifest: unknown;
  schema: BundledSchema;
  icons: PngHeader[];
  entries: string[];
}

// A fixed timestamp makes the same inputs give the same zip bytes.
const ENTRY_TIME = new Date(2000, 0, 1);

/** An icon named by the manifest, which Teams resolves at the zip's root, so a bare file name in appPackage/. */
function readIcon(appPackageDir: string, name: unknown, problems: string[]): { header: PngHeader; bytes: Buffer } | undefined {
  if (typeof name !== 'string' || path.basename(name) !== name) return undefined; // the schema has reported it
  try {
    const bytes = readFileSync(path.join(appPackageDir, name));
    return { header: readPngHeader(bytes, name), bytes };
  } catch (error) {
    problems.push((error as NodeJS.ErrnoException).code === 'ENOENT' ? `appPackage/${name} does not exist` : (error as Error).message);
    return undefined;
  }
}

/** The manifest's language files (Teams shows the app's name, description and commands in the user's language). */
async function readLanguages(appPackageDir: string, manifest: unknown, problems: string[]): Promise<(readonly [string, Buffer])[]> {
  const languages = (manifest as { localizationInfo?: { additionalLanguages?: { file?: unknown }[] } }).localizationInfo?.additionalLanguages ?? [];
  const schema = bundledSchema((manifest as { $schema?: unknown }).$schema);
  const files: (readonly [string, Buffer])[] = [];
  for (const { file } of languages) {
    if (typeof file !== 'string' || path.basename(file) !== file) {
      problems.push(`manifest.json /localizationInfo: a language file must be a bare file name in appPackage/, got ${JSON.stringify(file)}`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(appPackageDir, file));
    } catch {
      problems.push(`appPackage/${file} does not exist`);
      continue;
    }
    let strings: unknown;
    try {
      strings = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      problems.push(`${file}: not JSON (${(error as Error).message})`);
      continue;
    }
    const found = await localizationProblems(file, strings, schema);
    if (found.length > 0) problems.push(...found);
    else files.push([file, bytes] as const);
  }
  return files;
}

function writeZip(zip: string, files: readonly (readonly [string, Buffer])[]): Promise<void> {
  mkdirSync(path.dirname(zip), { recursive: true });
  const archive = new ZipFile();
  for (const [name, bytes] of files) archive.addBuffer(bytes, name, { mtime: ENTRY_TIME });
  archive.end();
  return new Promise((resolve, reject) => {
    archive.outputStream.pipe(createWriteStream(zip)).on('close', resolve).on('error', reject);
  });
}

/**
 * Builds the Teams app package from appPackage/: fills the manifest template from `values`, validates it against the
 * official schema and the app's rules and the icons against Teams' sizes, then zips manifest.json and the two icons
 * and the language files at the root of the archive, as Teams expects. Throws ManifestError listing every problem; writes nothing then.
 */
export async function buildAppPackage(appPackageDir: string, values: Readonly<Record<string, string | undefined>>, zip: string): Promise<BuiltPackage> {
  const manifest = fillTemplate(readFileSync(path.join(appPackageDir, 'manifest.template.json'), 'utf8'), values);
  const problems = await manifestProblems(manifest);
  const { color: colorName, outline: outlineName } = (manifest as { icons?: { color?: unknown; outline?: unknown } }).icons ?? {};
  const color = readIcon(appPackageDir, colorName, problems);
  const outline = readIcon(appPackageDir, outlineName, problems);
  if (color !== undefined && outline !== undefined) problems.push(...iconProblems(color.header, outline.header));
  const languages = problems.length > 0 ? [] : await readLanguages(appPackageDir, manifest, problems);
  if (problems.length > 0 || color === undefined || outline === undefined) throw new ManifestError(problems);

  const files = [
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
    [color.header.name, color.bytes],
    [outline.header.name, outline.bytes],
    ...languages,
  ] as const;
  await writeZip(zip, files);
  return { zip, manifest, schema: bundledSchema((manifest as { $schema?: unknown }).$schema), icons: [color.header, outline.header], entries: files.map(([name]) => name) };
}
