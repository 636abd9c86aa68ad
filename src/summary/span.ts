/** A stretch of the pasted text: from `index` up to, not including, `end`. */
export interface Span {
  index: number;
  end: number;
}

/** The smallest span holding all of `spans`. */
export function spanning(spans: readonly Span[]): Span {
  return { index: Math.min(...spans.map((s) => s.index)), end: Math.max(...spans.map((s) => s.end)) };
}
