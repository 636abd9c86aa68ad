const formats = new Map<number, Intl.NumberFormat>();

/**
 * A number as a clinician reads it, without float noise: four significant digits by default
 * (503.889 → "503.9"); integer digits are never lost (12345.6 → "12346"). Evidence beside a threshold
 * asks for more digits so that a value just over a limit never reads as equal to it.
 */
export function formatNumber(value: number, significantDigits = 4): string {
  let format = formats.get(significantDigits);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      maximumSignificantDigits: significantDigits,
      maximumFractionDigits: 0,
      roundingPriority: 'morePrecision',
      useGrouping: false,
    });
    formats.set(significantDigits, format);
  }
  return format.format(value);
}

/** Eight significant digits: enough that 3.1004 never reads as the threshold 3.1. */
const EVIDENCE_DIGITS = 8;

/** An interval in the fact's unit as symbols any language reads: "85", "10–20", "≥ 100", "≤ 5". */
export function formatInterval({ low, high }: { low?: number; high?: number }): string {
  const format = (n: number) => formatNumber(n, EVIDENCE_DIGITS);
  if (low !== undefined && high !== undefined) return low === high ? format(low) : `${format(low)}–${format(high)}`;
  return low !== undefined ? `≥ ${format(low)}` : `≤ ${format(high ?? 0)}`;
}
