import { valueWithoutInvisibles, withoutInvisibles } from './textHygiene';

/** The parts of an incoming activity the bot reads as the clinician's input. */
interface Input {
  text?: string;
  value?: unknown;
  entities?: Record<string, unknown>[];
}

/**
 * The activity as the bot should get it, from either entry point: invisible format characters out of what the
 * clinician typed (before anything parses or echoes it), and only the entities the SDKs can read (a type named). TurnContext
 * lowercases every entity's `type`, and reads `mentioned.id` and `text` of every mention to strip the bot's
 * @mention from the text: an entity without them would fail the turn, so it is dropped rather than refused.
 */
export function normalizedInput<T extends Input>(activity: T): T {
  const normalized: T = { ...activity };
  if (typeof activity.text === 'string') normalized.text = withoutInvisibles(activity.text);
  if (activity.value !== undefined) normalized.value = valueWithoutInvisibles(activity.value);
  if (activity.entities !== undefined) normalized.entities = activity.entities.filter((entity) => isUsable(entity, typeof activity.text === 'string'));
  return normalized;
}

function isUsable(entity: Record<string, unknown>, hasText: boolean): boolean {
  if (typeof entity.type !== 'string' || entity.type === '') return false;
  if (entity.type.toLowerCase() !== 'mention') return true;
  const mentioned = entity.mentioned as { id?: unknown } | null | undefined;
  return hasText && typeof entity.text === 'string' && typeof mentioned === 'object' && mentioned !== null && typeof mentioned.id === 'string';
}
