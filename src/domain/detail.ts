import { z } from 'zod';
import { IsoDuration } from './isoDuration';

/**
 * A detail of a recorded answer that a criterion reads and the answer lacks: a medicine's start, stop, daily
 * dose, route, the date its dose last changed, or its highest daily dose over a period; a date or a number
 * known only roughly ("2025", "> 60"). The engine reports which detail keeps a criterion open; the screening
 * asks exactly that (src/screening), and the reply to it completes the answer (src/parsing/detailAnswer.ts).
 */
export const Detail = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['started', 'stopped', 'dose', 'doseSince', 'route']), drug: z.string().min(1) }),
  z.object({ kind: z.literal('highestDose'), drug: z.string().min(1), within: IsoDuration }),
  z.object({ kind: z.enum(['exactDate', 'exactValue']) }),
]);
export type Detail = z.infer<typeof Detail>;
export type DetailKind = Detail['kind'];

/** A detail of one fact's answer. */
export const FactDetail = z.object({ fact: z.string().min(1), detail: Detail });
export type FactDetail = z.infer<typeof FactDetail>;

/** One string per detail of a fact, the same for equal details whatever their key order: for sets and lookups. */
export function detailKey({ fact, detail }: FactDetail): string {
  const drug = 'drug' in detail ? detail.drug : '';
  const within = 'within' in detail ? detail.within : '';
  return `${fact}|${detail.kind}|${drug}|${within}`;
}
