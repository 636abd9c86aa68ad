import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { iconProblems, readPngHeader } from './pngHeader';
import { fillTemplate, ManifestError, manifestProblems } from './manifest';

export interface BuiltPackage {
  zip: string;
  manifest: unknown;
}

/**
 * Builds the Teams app package from appPackage/: fills the manifest template, validates it against the
 * official schema and the icons against Teams' rules, and zips manifest.json, color.png and outline.png
 * at the root of the archive, as Teams expects.
 */
export async function buildAppPackage(appPackageDir: string, values: Readonly<Record<string, string | undefined>>, zip: string): Promise<BuiltPackage> {
  const manifest = fillTemplate(readFileSync(path.join(appPackageDir, 'manifest.template.json'), 'utf8'), values);
  const color = readFileSync(path.join(appPackageDir, 'color.png'));
  const outline = readFileSync(path.join(appPackageDir, 'outline.png'));
  const problems = [...manifestProblems(manifest), ...iconProblems(readPngHeader(color, 'color.png'), readPngHeader(outline, 'outline.png'))];
  if (problems.length > 0) throw new ManifestError(problems);

  mkdirSync(path.dirname(zip), { recursive: true });
  const archive = new ZipFile();
  archive.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json');
  archive.addBuffer(color, 'color.png');
  archive.addBuffer(outline, 'outline.png');
  archive.end();
  await new Promise<void>((resolve, reject) => {
    archive.outputStream.pipe(createWriteStream(zip)).on('close', resolve).on('error', reject);
  });
  return { zip, manifest };
}
