const format = new Intl.NumberFormat('en', {
  maximumSignificantDigits: 4,
  maximumFractionDigits: 0,
  // The more precise of the two: 503.889 → "503.9" and 12345.6 → "12346" (integer digits are never lost).
  roundingPriority: 'morePrecision',
  useGrouping: false,
});

/** A number as a clinician reads it in a summary: four significant digits, no grouping, no float noise. */
export function formatNumber(value: number): string {
  return format.format(value);
}
