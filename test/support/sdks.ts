import { BOT_SDKS, type BotSdk } from '../../src/config';

/** The SDKs the Bot Framework surface runs on, for describe.each: every suite that goes through an adapter runs on each. */
export const SDKS: readonly BotSdk[] = BOT_SDKS;

export type { BotSdk };
