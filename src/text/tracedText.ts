/** As String.replace takes it: a string with `$1`…, or a function of the match, its groups, its offset and the text. */
type Replacement = string | ((match: string, ...rest: any[]) => string);

/**
 * A text rewritten for a reader ("15 mg 每日两次" as "15 mg  bd") that still knows which words of the clinician's text
 * each of its characters came from, so that what the reader quotes back is what was written, not the rewriting.
 */
export class TracedText {
  private constructor(
    readonly text: string,
    /** The source text the rewriting started from. */
    private readonly source: string,
    /** For each character of `text`, where the source words it came from begin and end. */
    private readonly from: readonly number[],
    private readonly to: readonly number[],
  ) {}

  static of(source: string): TracedText {
    // Indexes are UTF-16 positions, as String.slice counts them.
    const positions = Array.from({ length: source.length }, (_, i) => i);
    return new TracedText(source, source, positions, positions.map((i) => i + 1));
  }

  /** The text with each match of `pattern` replaced, as String.replace does (`$1` in a string, or a function). */
  replace(pattern: RegExp, replacement: Replacement): TracedText {
    let text = '';
    const from: number[] = [];
    const to: number[] = [];
    let copied = 0;
    const copy = (end: number) => {
      text += this.text.slice(copied, end);
      for (let i = copied; i < end; i++) {
        from.push(this.from[i]!);
        to.push(this.to[i]!);
      }
      copied = end;
    };
    this.text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const named = typeof rest[rest.length - 1] === 'object' && rest[rest.length - 1] !== undefined ? 1 : 0;
      const offset = rest[rest.length - 2 - named] as number;
      const groups = rest.slice(0, rest.length - 2 - named) as string[];
      const replaced = typeof replacement === 'string' ? replacement.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '') : replacement(match, ...rest);
      copy(offset);
      const start = this.from[offset] ?? this.sourceEnd();
      const end = match.length > 0 ? this.to[offset + match.length - 1]! : start;
      text += replaced;
      for (let i = 0; i < replaced.length; i++) {
        from.push(start);
        to.push(end);
      }
      copied = offset + match.length;
      return replaced;
    });
    copy(this.text.length);
    return new TracedText(text, this.source, from, to);
  }

  /** The part of the text from `start` to `end`, still traced. */
  slice(start: number, end = this.text.length): TracedText {
    return new TracedText(this.text.slice(start, end), this.source, this.from.slice(start, end), this.to.slice(start, end));
  }

  /** This text followed by another traced from the same source, with `between` (written by the reader) between them. */
  concat(other: TracedText, between = ''): TracedText {
    const at = Array<number>(between.length).fill(this.to[this.to.length - 1] ?? 0);
    return new TracedText(this.text + between + other.text, this.source, [...this.from, ...at, ...other.from], [...this.to, ...at, ...other.to]);
  }

  /** The parts between the matches of `separator`. */
  split(separator: RegExp): TracedText[] {
    const parts: TracedText[] = [];
    let start = 0;
    for (const m of this.text.matchAll(new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`))) {
      if (m[0].length === 0) continue;
      parts.push(this.slice(start, m.index));
      start = m.index + m[0].length;
    }
    return [...parts, this.slice(start)];
  }

  /** The same characters' places with the text changed in place (spans blanked out): `text` keeps the length. */
  withText(text: string): TracedText {
    if (text.length !== this.text.length) throw new Error(`a traced text can change in place only: ${text.length} characters for ${this.text.length}`);
    return new TracedText(text, this.source, this.from, this.to);
  }

  /** The source words behind the whole text. */
  get written(): string {
    return this.sourceOf(0, this.text.length);
  }

  /** The source words behind the characters from `start` to `end` of the text. */
  sourceOf(start: number, end: number): string {
    if (end <= start) return '';
    let first = Infinity;
    let last = -Infinity;
    for (let i = start; i < end; i++) {
      first = Math.min(first, this.from[i]!);
      last = Math.max(last, this.to[i]!);
    }
    return this.source.slice(first, last);
  }

  private sourceEnd(): number {
    return this.to[this.to.length - 1] ?? 0;
  }
}
