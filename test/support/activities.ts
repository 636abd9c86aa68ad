import { randomUUID } from 'node:crypto';

/** A message activity as the Bot Framework Emulator posts it; each call gets a fresh conversation. */
export function emulatorMessage(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: 'clinician-1', name: 'Clinician', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    conversation: { id: `conversation-${randomUUID()}` },
    locale: 'en-US',
    text,
    ...overrides,
  };
}

/** Same, but replies come back in the HTTP response instead of going to a connector. */
export function expectRepliesMessage(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { serviceUrl: _unused, ...activity } = emulatorMessage(text, { deliveryMode: 'expectReplies', ...overrides });
  return activity;
}
