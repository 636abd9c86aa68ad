import type { DoseUnit, Frequency, Span } from './doseText';

/** A dose in the words: with its unit, or a plain number ("pred 15", "HCQ 200 bd") read by the drug's usual unit. */
export interface DoseMention extends Span {
  amount: number | undefined;
  /** Absent for a number written without a unit. */
  unit?: DoseUnit;
  per?: 'kg' | 'm2';
  frequency?: Frequency;
  /** Where the dose and its frequency are written. */
  written: Span;
  /** The dose and its frequency as written ("200 bd"), quoted beside the daily dose. */
  quote: string;
  /** The number as written ("200"). */
  amountText: string;
}

/**
 * What the words make of a dose: `current` is taken now (or last, for a medicine stopped); `earlier` a dose of
 * the same course before it; `target` one aimed at, not taken ("tapering to 10", "plan: taper to 5 mg", and any
 * after it); `replaced` one the clinician corrected ("500 bd — sorry, 750 bd"), or the current dose said again;
 * `unsettled` one that may be current or earlier ("pred 20 tapering to 10": the dose now lies between; "5 mg /
 * 6 mg on alternate days"); `unclear` two doses side by side with nothing to tell them apart ("10 mg 20 mg").
 */
export type DoseRole = 'current' | 'earlier' | 'target' | 'replaced' | 'unsettled' | 'unclear';

export interface DoseStep {
  dose: DoseMention;
  role: DoseRole;
  /** Its words: from where its lead starts (the words that bring the dose in) to where the next step's lead starts. */
  span: Span;
  /** The words before the dose in its step, dates blanked out. */
  lead: string;
  /** The words after the dose in its step, dates blanked out. */
  tail: string;
}

/** Where the words between two doses part: the separator and what follows it belong to the later dose. */
const SEPARATOR = /[,;()[\]]|→|->|=>|—|–|\s-\s|\bthen\b|\.\s/g;

/**
 * Words before a dose that say what it is. The one nearest the dose decides ("tapering, now 40" is current,
 * "now tapering to 10" a target).
 */
const LEAD_MARKERS: readonly { role: 'current' | 'earlier' | 'target' | 'ongoing' | 'later'; pattern: RegExp }[] = [
  { role: 'current', pattern: /\b(?:now|currently|current|presently|at\s+present|today|still)\b/gi },
  // A change under way: the dose now lies between the one before and the one aimed at.
  { role: 'ongoing', pattern: /\b(?:tapering|weaning|reducing|decreasing|increasing|titrating)\b/gi },
  // A plan: the dose before it is still the one taken.
  {
    role: 'target',
    pattern:
      /\b(?:plan(?:ned|ning|s)?|aim(?:ing)?|target(?:ing)?|goal|will|to\s+(?:increase|reduce|decrease|taper|wean|titrate|go\s+(?:up|down)))\b|\b(?:increase|reduce|decrease|taper|wean|titrate)\s+to\b/gi,
  },
  { role: 'earlier', pattern: /\b(?:was|were|before|previously|prev|prior|formerly|initially|originally)\b|\bfrom\s*$/gi },
  { role: 'later', pattern: /→|->|=>|[↓↑]|\b(?:then|reduced|increased|decreased|tapered|weaned|cut|dropped|changed|switched|titrated|up|down|back)\b/gi },
];
const CURRENT_WORDS = String.raw`now|currently|at\s+present|today|ongoing|continues|continuing|continued`;
/** "15 mg/d now", "200 bd continues": said after the dose. */
const CURRENT_AFTER = new RegExp(String.raw`^[\s,:;–—-]*(?:${CURRENT_WORDS})\b`, 'i');
/** After a dose, a word saying it was taken before ("(15 mg before)"). */
const EARLIER_AFTER = /^[\s,]*(?:before|previously|earlier|prior|formerly)\b/i;
/** A dose opening a bracket: an aside on the dose before it ("since Jun (30 mg from 2025-10)"). */
const ASIDE = /[(（][^)）]*$/;
/** Before a dose, the clinician correcting the one before it. */
const CORRECTION = /\b(?:sorry|i\s+mean|i\s+meant|no\s+wait|correction|actually|typo|rather)\b/gi;
/** Between a dose per kg and the same dose in mg: "1 mg/kg (60)", "0.75 mg/kg = 50 mg". */
const RESTATED = /^[\s(=≈~]*$/;
/** Doses taken by turns ("warfarin 5 mg / 6 mg on alternate days"): neither is the day's dose. */
const ALTERNATING = /^\s*\/\s*$/;

/**
 * Splits the words about one medicine into one step per dose, and says what each dose is. `text` has the dates
 * blanked out, so a date's words never pass for a marker; `doses` are in `text`'s positions.
 */
export function doseSteps(text: string, doses: readonly DoseMention[]): DoseStep[] {
  const starts = doses.map((dose, i) => {
    if (i === 0) return 0;
    const from = doses[i - 1]!.written.end;
    const separators = [...text.slice(from, dose.index).matchAll(SEPARATOR)];
    return from + (separators.at(-1)?.index ?? 0);
  });
  const written = doses.map((dose, i) => {
    const span = { index: starts[i]!, end: starts[i + 1] ?? text.length };
    return { dose, span, lead: text.slice(span.index, dose.index), tail: text.slice(dose.written.end, span.end) };
  });
  // A dose restated per kg or in mg ("1 mg/kg (60)", "0.75 mg/kg = 50 mg", "40 (1 mg/kg)") is one dose, in mg,
  // with the first one's words.
  const steps = written.reduce<Omit<DoseStep, 'role'>[]>((merged, step) => {
    const previous = merged.at(-1);
    const restated = previous && Boolean(previous.dose.per) !== Boolean(step.dose.per) && RESTATED.test(step.lead);
    if (restated) {
      const inMg = previous.dose.per ? step.dose : previous.dose;
      merged[merged.length - 1] = { dose: inMg, span: { index: previous.span.index, end: step.span.end }, lead: previous.lead, tail: step.tail };
    } else merged.push(step);
    return merged;
  }, []);
  const marks = steps.map((step, i) => {
    const previous = steps[i - 1];
    if (ALTERNATING.test(step.lead) || (steps[i + 1] && ALTERNATING.test(steps[i + 1]!.lead))) return 'alternating' as const;
    const next = steps[i + 1];
    if (next && text.slice(step.dose.written.end, next.dose.index).match(CORRECTION)) return 'replaced' as const;
    if (CURRENT_AFTER.test(step.tail)) return 'current' as const;
    if (EARLIER_AFTER.test(step.tail)) return 'earlier' as const;
    const marker = nearestMarker(step.lead);
    // "pred 15 mg od since Jun (30 mg from 2025-10)": a dose in a bracket after another, said to be nothing else, is an earlier one.
    if (previous && marker === undefined && ASIDE.test(text.slice(previous.dose.written.end, step.dose.index))) return 'earlier' as const;
    // Two doses with nothing between them ("10 mg 20 mg") say nothing of which is which.
    if (previous && marker === undefined && !step.lead.match(SEPARATOR)) return 'unclear' as const;
    return marker;
  });
  // "Currently prednisolone 30mg OD since 28/11/2025, reduced to 20mg OD 2 weeks ago": a dose changed to after
  // the one said to be taken now is the one taken now.
  const superseded = marks.map((m, i) => (m === 'current' && marks.slice(i + 1).includes('later') && !marks.slice(i + 1).includes('current') ? undefined : m));
  const roles = superseded.map((_, i) => roleOf(superseded, i));
  // The current dose said again after its history ("10 mg daily (tapering from 30 mg; on 10 mg since 1 August)") is one dose.
  const current = steps[roles.indexOf('current')]?.dose;
  return steps.map((step, i) => {
    const restated = roles[i] === 'earlier' && superseded[i] !== 'earlier' && current !== undefined && sameDose(step.dose, current);
    return { ...step, role: restated ? 'replaced' : roles[i]! };
  });
}

function sameDose(a: DoseMention, b: DoseMention): boolean {
  return a.amount === b.amount && a.unit === b.unit && a.per === b.per;
}

/** Where the words that say what a dose is stand, so they are not reported as words not understood. */
export function markerSpans(text: string): Span[] {
  const patterns = [...LEAD_MARKERS.map((m) => m.pattern), new RegExp(String.raw`\b(?:${CURRENT_WORDS})\b`, 'gi'), CORRECTION];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length })));
}

type Mark = ReturnType<typeof nearestMarker> | 'replaced' | 'current' | 'alternating' | 'unclear';

function nearestMarker(lead: string): 'current' | 'earlier' | 'target' | 'ongoing' | 'later' | undefined {
  const found = LEAD_MARKERS.flatMap(({ role, pattern }) => [...lead.matchAll(pattern)].map((m) => ({ role, end: m.index + m[0].length })));
  return found.sort((a, b) => b.end - a.end)[0]?.role;
}

/**
 * One dose is current: the one said to be taken now, else the last not said to be earlier. Once a target is
 * set, the doses after it are targets too; under a change under way ("tapering to 10") those before it are
 * unsettled, unless one is said to be current.
 */
function roleOf(marks: readonly Mark[], i: number): DoseRole {
  const mark = marks[i];
  if (mark === 'replaced') return 'replaced';
  if (mark === 'alternating') return 'unsettled';
  if (mark === 'unclear' || marks[i + 1] === 'unclear') return 'unclear';
  const targets = marks.flatMap((m, j) => (m === 'target' || m === 'ongoing' ? [j] : []));
  const firstTarget = targets[0] ?? -1;
  if (firstTarget !== -1 && i >= firstTarget && mark !== 'current') return 'target';
  const standing = marks
    .map((_, j) => j)
    .filter((j) => !['replaced', 'alternating', 'unclear'].includes(marks[j]!) && marks[j + 1] !== 'unclear' && (firstTarget === -1 || j < firstTarget || marks[j] === 'current'));
  const current = standing.filter((j) => marks[j] === 'current');
  if (current.length > 0) return current.includes(i) ? 'current' : 'earlier';
  if (firstTarget !== -1 && marks[firstTarget] === 'ongoing') return 'unsettled';
  if (mark === 'earlier') return 'earlier';
  return i === standing.filter((j) => marks[j] !== 'earlier').at(-1) ? 'current' : 'earlier';
}
