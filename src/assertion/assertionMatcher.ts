import type { AssertionRules, AssertionStatus } from '../domain/assertionRules';
import { phrasePattern, phrasesPattern } from '../text/phrasePattern';

/** What a test result is said to be. */
export type TestResult = 'positive' | 'negative';

/** A status stated after a name may also be "affirmed" ("HBV pos"). */
export type StatedAfter = AssertionStatus | 'affirmed';

export interface Trigger {
  status: AssertionStatus;
  index: number;
  end: number;
}

/**
 * The assertion rules of one language compiled to patterns, once. Phrases match whole words, in any case, spaces
 * standing for any run of spaces; a phrase of symbols ("?", "+") matches as written.
 */
export class AssertionMatcher {
  static of(rules: AssertionRules): AssertionMatcher {
    let matcher = compiled.get(rules);
    if (!matcher) compiled.set(rules, (matcher = new AssertionMatcher(rules)));
    return matcher;
  }

  private readonly before: { status: AssertionStatus; pattern: RegExp }[];
  private readonly after: { status: StatedAfter; pattern: RegExp }[];
  private readonly pseudo: RegExp | undefined;
  private readonly others: RegExp | undefined;
  private readonly terminators: RegExp | undefined;
  private readonly doubt: RegExp | undefined;
  private readonly corrections: RegExp | undefined;
  private readonly sections: { status: AssertionStatus; pattern: RegExp }[];
  private readonly results: { result: TestResult; at: RegExp; before: RegExp }[];

  private constructor(rules: AssertionRules) {
    this.before = entries(rules.before).map(([status, phrases]) => ({ status, pattern: alternatives(phrases, 'giu') }));
    // After a name, the status is read at the start of what follows (words may stand between: see `statedAfter`).
    this.after = entries(rules.after).map(([status, phrases]) => ({ status, pattern: new RegExp(`^(?:${phrases.map(phrasePattern).join('|')})`, 'iu') }));
    this.pseudo = optional(rules.pseudo, 'giu');
    this.others = rules.others.length > 0 ? new RegExp(`^\\s*(?:${rules.others.map(phrasePattern).join('|')})`, 'iu') : undefined;
    this.terminators = optional(rules.terminators, 'iu');
    this.doubt = optional(rules.doubt, 'giu');
    this.corrections = optional(rules.corrections, 'giu');
    this.sections = entries(rules.sections).map(([status, phrases]) => ({ status, pattern: new RegExp(`^\\s*(?:${phrases.map(phrasePattern).join('|')})\\s*[:：]`, 'iu') }));
    this.results = (['positive', 'negative'] as const).map((result) => {
      const body = phrasesPattern(rules.results[result]);
      return { result, at: new RegExp(`^(?:[\\s(:=（]|[-–—](?=\\s))*(?:${body})`, 'iu'), before: new RegExp(`(?:${body})(?:\\s+for)?[\\s:]*$`, 'iu') };
    });
  }

  /** A test's result said right after its name ("negative", "undetectable", "+", "(-)"), the longest phrase winning. */
  resultAt(text: string): TestResult | undefined {
    let best: { result: TestResult; length: number } | undefined;
    for (const { result, at } of this.results) {
      const m = at.exec(text);
      if (m && (!best || m[0].length > best.length)) best = { result, length: m[0].length };
    }
    return best?.result;
  }

  /** A test's result said right before its name ("negative HBsAg", "positive for anti-HCV"). */
  resultBefore(text: string): TestResult | undefined {
    return this.results.find(({ before }) => before.test(text))?.result;
  }

  /** Pseudo-triggers blanked out (same length), so that "no change" is no negation. */
  withoutPseudo(text: string): string {
    return this.pseudo ? text.replace(this.pseudo, (m) => ' '.repeat(m.length)) : text;
  }

  /** Every trigger of a status in the text, in order, the longest last at one place (pseudo-triggers excluded). */
  triggersIn(text: string, statuses?: readonly AssertionStatus[]): Trigger[] {
    const clean = this.withoutPseudo(text);
    return this.before
      .filter((b) => !statuses || statuses.includes(b.status))
      .flatMap(({ status, pattern }) => [...clean.matchAll(pattern)].map((m) => ({ status, index: m.index, end: m.index + m[0].length })))
      .sort((a, b) => a.index - b.index || a.end - b.end);
  }

  /** The status said at the start of `text` (what follows a name), if any; the longest phrase wins (pseudo-triggers excluded). */
  statedAt(text: string): StatedAfter | undefined {
    const clean = this.withoutPseudo(text);
    let best: { status: StatedAfter; length: number } | undefined;
    for (const { status, pattern } of this.after) {
      const m = pattern.exec(clean);
      if (m && (!best || m[0].length > best.length)) best = { status, length: m[0].length };
    }
    return best?.status;
  }

  /** Whether the words after a denial limit it to others ("no other cancer", "no new DVT"). */
  limitsToOthers(textAfterTrigger: string): boolean {
    return this.others?.test(textAfterTrigger) ?? false;
  }

  /** Whether a trigger's scope ends somewhere in `text` ("no ILD but …"). */
  ends(text: string): boolean {
    return this.terminators?.test(this.withoutPseudo(text)) ?? false;
  }

  /** Where a clinician doubts their own answer ("I think", "not sure"), if they do. */
  doubtIn(text: string): { index: number; end: number }[] {
    return this.doubt ? [...text.matchAll(this.doubt)].map((m) => ({ index: m.index, end: m.index + m[0].length })) : [];
  }

  /** Where each correction cue of the language's rules stands in a text ("— sorry,", "，不对，"). */
  correctionsIn(text: string): RegExpExecArray[] {
    return this.corrections ? [...text.matchAll(this.corrections)] : [];
  }

  /** A typed answer taken back and given again ("45 — sorry, 54"): what was given last; the text itself otherwise. */
  lastGiven(text: string): string {
    if (!this.corrections) return text;
    const last = [...text.matchAll(this.corrections)].at(-1);
    if (!last) return text;
    const rest = text.slice(last.index + last[0].length).replace(/^[\s,:;.!–—-]+/, '');
    return rest.trim() === '' ? text : rest;
  }

  /** The status a heading line gives the lines under it ("Allergies:", "Plan:"), if it is one. */
  sectionOf(line: string): AssertionStatus | undefined {
    return this.sections.find((s) => s.pattern.test(line))?.status;
  }
}

const compiled = new WeakMap<AssertionRules, AssertionMatcher>();

function entries<K extends string>(record: Partial<Record<K, string[]>>): [K, string[]][] {
  return Object.entries(record).filter((e): e is [K, string[]] => Array.isArray(e[1]) && e[1].length > 0);
}

function optional(phrases: readonly string[], flags: string): RegExp | undefined {
  return phrases.length > 0 ? alternatives(phrases, flags) : undefined;
}

function alternatives(phrases: readonly string[], flags: string): RegExp {
  return new RegExp(phrasesPattern(phrases), flags);
}
