/**
 * Adaptive Card 1.5 is the newest version Teams renders; Web Chat has no Action.Execute, so cards use only
 * Action.Submit, Action.OpenUrl and Action.ToggleVisibility (shown or hidden in the card, nothing sent) and render
 * the same in Teams, Web Chat and the Emulator.
 */
export type CardElement = Record<string, unknown> & { type: string };
export type CardAction =
  | { type: 'Action.Submit'; title: string; data: Record<string, unknown>; style?: 'positive' | 'destructive' }
  | { type: 'Action.OpenUrl'; title: string; url: string }
  | { type: 'Action.ToggleVisibility'; title: string; targetElements: string[] };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
}

export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export const text = (value: string, style: Partial<Record<string, unknown>> = {}): CardElement => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...style,
});

export const submit = (title: string, data: Record<string, unknown>): CardAction => ({ type: 'Action.Submit', title, data });

/** Buttons inside a card's body, where they belong to what is beside them. */
export const actionSet = (actions: CardAction[]): CardElement => ({ type: 'ActionSet', actions });
