import type { ActivityJson } from '../activity';
import { describeIssues } from '../../channels/activityValidation';
import type { TurnResult } from '../seam';

/** The fields holding accounts, whose fields Bot Framework clients send as null or '' when they have no value. */
const ACCOUNTS = ['from', 'recipient', 'conversation'] as const;
const ACCOUNT_LISTS = ['membersAdded', 'membersRemoved'] as const;

const withoutUnset = (account: object): object => Object.fromEntries(Object.entries(account).filter(([, value]) => value !== null && value !== ''));

/**
 * The activity as the Agents SDK's schema reads it. The Emulator and other Bot Framework clients write an unset
 * account field as null or '' (`"name": null`, `"role": ""`), which botbuilder takes and the SDK's Activity.fromObject
 * refuses: those fields are left out, which is what they mean.
 */
export function sdkReadable(activity: ActivityJson): ActivityJson {
  const readable: Record<string, unknown> = { ...activity };
  for (const field of ACCOUNTS) if (activity[field]) readable[field] = withoutUnset(activity[field]);
  for (const field of ACCOUNT_LISTS) {
    const accounts = activity[field];
    if (Array.isArray(accounts)) readable[field] = accounts.map((account: object) => withoutUnset(account));
  }
  return readable as ActivityJson;
}

/**
 * What the SDK throws when its schema refuses an activity our IncomingActivity let through (an empty string where
 * it wants a value, an attachment without a content type): zod's error, from the SDK's own zod.
 */
interface SchemaRefusal {
  name: 'ZodError';
  issues: Parameters<typeof describeIssues>[0];
}

function isSchemaRefusal(error: unknown): error is SchemaRefusal {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as Partial<SchemaRefusal>).issues);
}

/** The turn, or a 400 naming the fields when the SDK's schema refuses the activity before any turn runs. */
export async function refusingUnreadable(turn: () => Promise<TurnResult>): Promise<TurnResult> {
  try {
    return await turn();
  } catch (error) {
    if (!isSchemaRefusal(error)) throw error;
    return { status: 400, body: { error: describeIssues(error.issues) } };
  }
}
