import type { TurnContext } from 'botbuilder';

/**
 * Which entry point ran a turn: the Bot Framework endpoint (/api/messages, any auth mode) or the intranet Web
 * Chat channel's in-process turns. Conversation state is keyed by it, so a caller of one entry point can never
 * name a conversation of the other, whatever channelId and conversation id it sends.
 */
export type Ingress = 'bot-framework' | 'intranet';

const INGRESS = Symbol('ingress');

export function markIngress(context: TurnContext, ingress: Ingress): void {
  context.turnState.set(INGRESS, ingress);
}

export function ingressOf(context: TurnContext): Ingress {
  return (context.turnState.get(INGRESS) as Ingress | undefined) ?? 'bot-framework';
}
