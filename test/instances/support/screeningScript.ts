import { shownText } from '../../support/shownText';

/** A reply as a client receives it: text, and cards whose buttons carry the question's fact. */
export type ReplyActivity = Record<string, unknown> & { attachments?: { content?: unknown }[] };

/**
 * What the clinician types for each fact the bot may ask: a 45-year-old woman with primary Sjögren's syndrome and
 * thrombocytopenia after six months of prednisone and mycophenolate (examples/patients/sjogren-thrombocytopenia.json).
 * A fact not listed is answered "unknown"; a follow-up about a dose's last change "same dose", any other "yes".
 */
const PATIENT: Readonly<Record<string, string>> = {
  primary_diagnosis: "Sjogren's",
  age: '45',
  sex: 'female',
  other_ctds: 'none',
  platelets: 'plt 48k',
  corticosteroids: 'prednisone 15 mg daily since May 2026',
  immunosuppressants: 'MMF 750 mg bid since May 2026',
};

interface AskedQuestion {
  fact: string;
  followUp?: string;
}

/** The question these replies ask, from the data of its card's buttons; undefined when none is asked (the results). */
function askedIn(replies: readonly ReplyActivity[]): AskedQuestion | undefined {
  const actions = replies.flatMap((reply) => reply.attachments ?? []).flatMap((attachment) => (attachment.content as { actions?: { data?: Partial<AskedQuestion> }[] } | undefined)?.actions ?? []);
  const data = actions.map((action) => action.data).filter((d): d is AskedQuestion => typeof d?.fact === 'string');
  return data.at(-1);
}

function answerTo(question: AskedQuestion): string {
  if (question.followUp !== undefined) return question.followUp === 'dose-since' ? 'same dose' : 'yes';
  return PATIENT[question.fact] ?? 'unknown';
}

/** Takes one turn: the clinician's text, the turn's number (0 for the first answer) to pick an instance by; the bot's replies. */
export type TakeTurn = (text: string, turn: number) => Promise<ReplyActivity[]>;

export interface ScreeningRun {
  /** Each answer typed, and what the bot said to it. */
  turns: { answer: string; reply: string }[];
  /** What the bot said when it reached its verdicts. */
  results: string;
  /** What "summary" shows after the results: every answer recorded. */
  summary: string;
}

/**
 * Answers every question asked, from the greeting's replies on, until the bot shows its results (at most 30
 * answers), then asks for the summary. Turns are numbered from `firstTurn`.
 */
export async function screen(greeting: readonly ReplyActivity[], take: TakeTurn, firstTurn = 0): Promise<ScreeningRun> {
  const turns: ScreeningRun['turns'] = [];
  let question = askedIn(greeting);
  let turn = firstTurn;
  for (; question !== undefined; turn += 1) {
    if (turns.length === 30) throw new Error(`still asking after 30 answers: ${JSON.stringify(turns.map((t) => t.answer))}`);
    const answer = answerTo(question);
    const replies = await take(answer, turn);
    turns.push({ answer, reply: shownText(replies) });
    question = askedIn(replies);
  }
  return { turns, results: turns.at(-1)?.reply ?? '', summary: shownText(await take('summary', turn)) };
}

/** The answers of a run the bot did not note at once (re-asked, or not understood): none, for a run to compare. */
export function answersNotNoted(run: ScreeningRun): string[] {
  return run.turns.filter((turn) => !/^Noted: /m.test(turn.reply)).map((turn) => `${turn.answer} → ${turn.reply.slice(0, 120)}`);
}
