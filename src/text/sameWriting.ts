/**
 * Two writings of one quantity, alike but for spacing, case, the multiplication sign and how "per day" is written
 * ("41 x10^9/L" and "41 ×10^9/L", "100 mg/d" and "100 mg/day"): the second says nothing the first did not.
 */
export function sameWriting(entered: string, shown: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/[x*]/g, '×')
      .replace(/μ/g, 'µ')
      .replace(/\/day|daily|perday|aday/g, '/d');
  return key(entered) === key(shown);
}
