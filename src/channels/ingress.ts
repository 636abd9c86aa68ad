/**
 * Which entry point ran a turn: the Bot Framework endpoint (/api/messages, any auth mode) or the intranet Web
 * Chat channel's in-process turns. Conversation state is keyed by it, so a caller of one entry point can never
 * name a conversation of the other, whatever channelId and conversation id it sends.
 */
export type Ingress = 'bot-framework' | 'intranet';
