import type { Span } from './doseText';

/**
 * A finite course as notes write it: how many doses ("RTX 1 g x2", "IVMP 500 x3", "q2w x6", "two doses") and
 * for how many days ("x5d", "x 4 days", "for 5 days", "d1-14", "(pip-tazo, 3 days)"). A course given so is over once its days or doses
 * are, which says when it was taken, never how much a day.
 */
export interface Course {
  count?: number;
  days?: number;
  spans: Span[];
}

const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT = String.raw`\d+|one|two|three|four|five|six`;

/** Each pattern's first group is the number: of days times `days`, else of doses (unless `count` is false). */
const NOTATIONS: readonly { pattern: RegExp; days?: number; count?: false }[] = [
  { pattern: /(?<![\p{L}\p{N}])[x×]\s?(\d+)\s*(?:d|days?)(?![\p{L}\p{N}])/giu, days: 1 },
  // "antibiotics (pip-tazo, 3 days)": a course's length in its bracket.
  { pattern: /(?<=[(,]\s*)(\d+)\s*days?(?=\s*[),])/gi, days: 1 },
  { pattern: /(?<![\p{L}\p{N}])[x×]\s?(\d+)(?![\p{L}\p{N}]|[.,]\d)/giu },
  { pattern: new RegExp(String.raw`\b(?:for|over)\s+(${COUNT})\s*(?:d|days?)\b`, 'gi'), days: 1 },
  { pattern: /\b(?:d|days?)\s?1\s*[-–]\s*(\d+)\b/gi, days: 1 },
  { pattern: new RegExp(String.raw`\b(${COUNT})\s+(?:doses|infusions|pulses|courses|cycles|injections|times)\b`, 'gi') },
  { pattern: /\b(?:a\s+)?single\s+(?:dose|infusion|pulse)\b|\bonce\b/gi },
  // "pulse methylpred", "IVMP pulses": a course, however many doses.
  { pattern: /\bpulses?\b/gi, count: false },
];

export function findCourse(text: string): Course | undefined {
  const course: Course = { spans: [] };
  for (const { pattern, days, count } of NOTATIONS) {
    for (const m of text.matchAll(pattern)) {
      if (course.spans.some((s) => m.index < s.end && s.index < m.index + m[0].length)) continue;
      const n = m[1] === undefined ? 1 : (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
      if (days !== undefined) course.days = n * days;
      else if (count !== false) course.count = n;
      course.spans.push({ index: m.index, end: m.index + m[0].length });
    }
  }
  return course.spans.length > 0 ? course : undefined;
}
