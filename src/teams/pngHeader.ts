/** A PNG's name, size and transparency, read from its IHDR chunk (the first 26 bytes). */
export interface PngHeader {
  name: string;
  width: number;
  height: number;
  hasAlpha: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel. */
const ALPHA_COLOUR_TYPES = new Set([4, 6]);

export function readPngHeader(bytes: Buffer, name: string): PngHeader {
  // IHDR must be the first chunk: 4-byte length, 'IHDR', then width and height (big-endian), bit depth, colour type.
  if (bytes.length < 26 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${name} is not a PNG file`);
  }
  return { name, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), hasAlpha: ALPHA_COLOUR_TYPES.has(bytes.readUInt8(25)) };
}

/** Teams wants a 192×192 full-colour icon and a 32×32 outline icon, white on a transparent background. */
export function iconProblems(color: PngHeader, outline: PngHeader): string[] {
  const problems: string[] = [];
  if (color.width !== 192 || color.height !== 192) problems.push(`${color.name} is ${color.width}×${color.height}, expected 192×192`);
  if (outline.width !== 32 || outline.height !== 32) problems.push(`${outline.name} is ${outline.width}×${outline.height}, expected 32×32`);
  if (!outline.hasAlpha) problems.push(`${outline.name} has no alpha channel, expected a transparent background`);
  return problems;
}
