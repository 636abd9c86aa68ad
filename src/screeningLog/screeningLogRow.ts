import { z } from 'zod';
import { Criterion, TrialRecord } from '../domain/trialRecord';
import type { Verdict } from '../engine/result';

// A Record over the union: a verdict added to the engine is a compile error here until the log knows it.
const VERDICTS: Record<Verdict, Verdict> = { eligible: 'eligible', ineligible: 'ineligible', 'needs-info': 'needs-info' };

/**
 * One row of the pre-screening log (the screening log of ICH E6): one study's outcome for one finished
 * screening. Every field is a date, a catalog id, a verdict, a count or a channel id: there is no field, and
 * no spelling of one, that can hold an answer, a name or a user or conversation id.
 */
export const ScreeningLogRow = z
  .object({
    /** The day the results were shown (YYYY-MM-DD, UTC). */
    date: z.iso.date(),
    studyId: TrialRecord.shape.id,
    verdict: z.enum(VERDICTS),
    /** The id of the criterion that decided the verdict in the study's record; empty when none did. */
    decidingCriterion: z.union([Criterion.shape.id, z.literal('')]),
    /** What the study still waited for: facts answered "unknown" or never asked, and details of answers not given. */
    unknownFacts: z.number().int().nonnegative(),
    /** The Bot Framework channel id, such as msteams or webchat. */
    channel: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,39}$/i, 'expected a channel id such as msteams or webchat'),
  })
  .strict();
export type ScreeningLogRow = z.infer<typeof ScreeningLogRow>;

/** The columns in file order; the CSV header. */
export const SCREENING_LOG_COLUMNS = ['date', 'studyId', 'verdict', 'decidingCriterion', 'unknownFacts', 'channel'] as const satisfies readonly (keyof ScreeningLogRow)[];

/** Checks rows before they are kept; the error names the row and field, never the value. */
export function checkedRows(rows: readonly unknown[]): ScreeningLogRow[] {
  const result = z.array(ScreeningLogRow).safeParse(rows);
  if (!result.success) throw new Error(`Invalid pre-screening log row:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function fieldsOfRow(row: ScreeningLogRow): string[] {
  return SCREENING_LOG_COLUMNS.map((column) => String(row[column]));
}

/** A row read back from a file or stream, where every field is text; `where` names the line or entry. */
export function rowOfFields(fields: Readonly<Record<string, string | undefined>>, where: string): ScreeningLogRow {
  const count = fields.unknownFacts;
  const result = ScreeningLogRow.safeParse({ ...fields, unknownFacts: count !== undefined && /^\d+$/.test(count) ? Number(count) : count });
  if (!result.success) throw new Error(`The pre-screening log's ${where} is not a valid row:\n${z.prettifyError(result.error)}`);
  return result.data;
}
