import { z } from 'zod';

/** What an identifier in a pasted summary is; the reader reports kinds and counts, never the text. */
export const IdentifierKind = z.enum(['name', 'record-number', 'date-of-birth', 'phone', 'email', 'address', 'other-id']);
export type IdentifierKind = z.infer<typeof IdentifierKind>;
