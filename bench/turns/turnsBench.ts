import { detailCases, screeningCases, trialNames, type ScreeningCase } from '../../test/dialogs/profiles';
import { cardFields, profileAnswer } from '../../test/support/cardQuestion';
import { realCatalog } from '../../test/support/catalog';
import { buttons, Conversation, screen, type Reply } from '../../test/support/conversation';
import { median } from '../stats';
import { summaryOf } from './summaries';

/**
 * `npm run bench:turns`: how many turns (messages from the clinician) each test profile takes, three ways — one
 * question at a time, grouped cards, and a pasted summary (then confirmed) followed by the cards; "summary first"
 * counts the paste as its first turn. For a patient who
 * may be eligible: turns to the results. For one ruled out: turns after the diagnosis is recorded until the answer
 * that rules the study out. The confirmation card of a summary is answered as a clinician would: what it read
 * kept, and the questions it asks below it filled in. Targets (issue 13): eligible within 6 turns after a pasted
 * summary and 10 with grouped cards alone; ruled out within 3 turns after the diagnosis. Issue 19: after a
 * paste, the eligible profiles take a median of at most 3 turns, the paste included.
 */

const MODES = {
  single: { groupSize: 1, paste: false },
  grouped: { groupSize: 6, paste: false },
  summary: { groupSize: 6, paste: true },
} as const;
type Mode = keyof typeof MODES;

interface Row {
  name: string;
  path: 'eligible' | 'ruled out';
  turns: Record<Mode, number>;
}

async function turnsFor(screeningCase: ScreeningCase, mode: Mode): Promise<number> {
  const { groupSize, paste } = MODES[mode];
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize });
  let replies: Reply[] = await conversation.start();
  if (paste) {
    replies = await conversation.say(summaryOf(screeningCase));
    const record = buttons(replies).find((b) => (b.data as { confirm?: string }).confirm === 'record');
    if (!record) throw new Error(`${screeningCase.name}: no fact read from the summary`);
    // The questions the confirmation card asks below the facts, answered with them.
    const card = replies.flatMap((r) => r.attachments.map((a) => a.content as { body?: unknown[] })).at(-1)!;
    const answered = profileAnswer({ askSeq: 0, fact: '', ...cardFields(card) }, screeningCase.profile);
    const { askSeq: _askSeq, fact: _fact, ...fields } = answered && 'value' in answered ? answered.value : {};
    replies = await conversation.submit({ ...record.data, ...fields });
  }
  await screen(conversation, screeningCase.profile, replies);
  const said = conversation.transcript;
  const clinicianTurnsBefore = (index: number) => said.slice(0, index).filter((t) => t.from === 'user').length;
  if (screeningCase.verdict === 'May be eligible') return clinicianTurnsBefore(said.length);
  // Said of one answer ("Ruled out: <study> — …"), or with the facts of a summary recorded ("…; 2 studies ruled out: <acronym or title>; …").
  const { titles } = realCatalog().trials.find((t) => trialNames[screeningCase.trial].includes(t.record.titles.brief))!.record;
  const named = (text: string) => text.includes(`Ruled out: ${trialNames[screeningCase.trial]} — `) || (/^\d+ facts? recorded; .*ruled out: /m.test(text) && text.includes(titles.acronym ?? titles.brief));
  const ruledOut = said.findIndex((t) => t.from === 'bot' && named(t.text));
  // The diagnosis noted, or recorded with the facts of a pasted summary (which all name it).
  const diagnosis = said.findIndex((t) => t.from === 'bot' && /Noted: Main diagnosis:|^\d+ facts? recorded/m.test(t.text));
  if (ruledOut < 0 || diagnosis < 0) throw new Error(`${screeningCase.name} (${mode}): the study was not ruled out, or no diagnosis was recorded`);
  return clinicianTurnsBefore(ruledOut) - clinicianTurnsBefore(diagnosis);
}

/** Turns to the results and questions asked (a detail of an answer counts as a question), for a patient screened to the end. */
async function questionsFor(screeningCase: ScreeningCase, groupSize: number): Promise<{ turns: number; questions: number; details: number }> {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize });
  const { asked, turns } = await screen(conversation, screeningCase.profile, await conversation.start());
  return { turns, questions: asked.length, details: asked.filter((a) => a.includes(':')).length };
}

/** The ten patients of issue 18, whose verdict turns on a detail of an answer: turns, questions, and details among them. */
async function detailTable(): Promise<void> {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log('\nPatients whose verdict turns on a detail of an answer (issue 18): turns to the results / questions asked (details among them)');
  console.log(`  ${'profile'.padEnd(58)} ${'verdict'.padEnd(16)} ${pad('one at a time', 18)} ${pad('grouped cards', 18)}`);
  for (const screeningCase of detailCases) {
    const [single, grouped] = [await questionsFor(screeningCase, 1), await questionsFor(screeningCase, 6)];
    const cell = (r: typeof single) => `${r.turns} / ${r.questions} (${r.details})`;
    console.log(`  ${screeningCase.name.padEnd(58)} ${screeningCase.verdict.padEnd(16)} ${pad(cell(single), 18)} ${pad(cell(grouped), 18)}`);
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const screeningCase of screeningCases) {
    const turns = {} as Record<Mode, number>;
    for (const mode of Object.keys(MODES) as Mode[]) turns[mode] = await turnsFor(screeningCase, mode);
    rows.push({ name: screeningCase.name, path: screeningCase.verdict === 'May be eligible' ? 'eligible' : 'ruled out', turns });
  }
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log('Turns per profile (eligible: turns to the results; ruled out: turns after the diagnosis to the deciding answer)');
  console.log(`  ${'profile'.padEnd(46)} ${'path'.padEnd(10)} ${pad('one at a time', 14)} ${pad('grouped cards', 14)} ${pad('summary first', 14)}`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(46)} ${row.path.padEnd(10)} ${pad(row.turns.single, 14)} ${pad(row.turns.grouped, 14)} ${pad(row.turns.summary, 14)}`);
  }
  for (const path of ['eligible', 'ruled out'] as const) {
    const of = rows.filter((r) => r.path === path);
    const worst = (mode: Mode) => Math.max(...of.map((r) => r.turns[mode]));
    const middle = (mode: Mode) => median(of.map((r) => r.turns[mode]));
    console.log(`  ${path}: median ${middle('single')} / ${middle('grouped')} / ${middle('summary')}, at most ${worst('single')} / ${worst('grouped')} / ${worst('summary')} (one at a time / grouped / summary first)`);
  }
  const eligible = rows.filter((r) => r.path === 'eligible');
  const ruledOut = rows.filter((r) => r.path === 'ruled out');
  const check = (ok: boolean, what: string) => console.log(`  ${ok ? 'met' : 'NOT MET'}: ${what}`);
  // The paste itself is the first of the "summary first" turns: the target counts the turns after it.
  check(eligible.every((r) => r.turns.summary - 1 <= 6), 'eligible within 6 turns after a pasted summary');
  check(median(eligible.map((r) => r.turns.summary)) <= 3, 'eligible in a median of 3 turns with a pasted summary, the paste included');
  check(eligible.every((r) => r.turns.grouped <= 10), 'eligible within 10 turns with grouped cards');
  check(ruledOut.every((r) => r.turns.grouped <= 3), 'ruled out within 3 turns after the diagnosis, grouped cards');
  await detailTable();
}

void main();
