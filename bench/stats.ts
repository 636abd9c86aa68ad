export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0]!;
}

/** How a time grows per tenfold size, from two sizes that need not be ten apart. */
export function growthPer10x(smallSize: number, smallTime: number, largeSize: number, largeTime: number): number {
  return (largeTime / smallTime) ** (1 / Math.log10(largeSize / smallSize));
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
