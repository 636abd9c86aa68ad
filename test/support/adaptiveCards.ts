import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

// The package's ES module build imports paths without extensions, which Node cannot load; its UMD bundle loads fine.
const { AdaptiveCard, SerializationContext, Versions } = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Actions every channel we serve renders: Web Chat has no Action.Execute (ToggleVisibility only shows or hides part of the card). */
const ALLOWED_ACTIONS = new Set(['Action.Submit', 'Action.OpenUrl', 'Action.ToggleVisibility']);

/**
 * Problems with a card for Adaptive Cards 1.5 as the official Adaptive Cards SDK parses it (unknown element
 * types, invalid property values), plus our own rules: version 1.5 and only Submit, OpenUrl and ToggleVisibility actions.
 */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as { type?: unknown; version?: unknown };
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${String(json.type)}, expected AdaptiveCard`);
  if (json.version !== '1.5') problems.push(`version is ${String(json.version)}, expected 1.5`);
  const context = new SerializationContext(Versions.v1_5);
  new AdaptiveCard().parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const type of actionTypes(card)) if (!ALLOWED_ACTIONS.has(type)) problems.push(`action ${type} is not rendered everywhere`);
  return problems;
}

function actionTypes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(actionTypes);
  if (node === null || typeof node !== 'object') return [];
  const { type } = node as { type?: unknown };
  const own = typeof type === 'string' && type.startsWith('Action.') ? [type] : [];
  return [...own, ...Object.values(node).flatMap(actionTypes)];
}

/** A message's size as the channel receives it, in bytes of JSON (Teams refuses messages over 40 KB). */
export function messageBytes(activity: unknown): number {
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}
