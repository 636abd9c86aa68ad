/** The channels the bot serves; any other channel id a caller sends is 'other'. */
const KNOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/**
 * A channel id fit for a metric label or a pre-screening log row: one of a closed set, never a string a caller
 * made up (which could be anything, an identifier included).
 */
export function channelLabel(channel: string): string {
  return KNOWN_CHANNELS.has(channel) ? channel : 'other';
}
