import type { AppConfig, BotSdk } from '../config';
import type { AdapterOptions } from './adapterOptions';
import { createAgentsAdapter } from './agents/adapter';
import { createBotbuilderAdapter } from './botbuilder/adapter';
import type { BotFrameworkAdapter } from './seam';

const ADAPTERS: Record<BotSdk, (config: AppConfig, options: AdapterOptions) => BotFrameworkAdapter> = {
  botbuilder: createBotbuilderAdapter,
  agents: createAgentsAdapter,
};

/** The Bot Framework adapter of the SDK BOT_SDK names, for one entry point. */
export function createAdapter(config: AppConfig, options: AdapterOptions): BotFrameworkAdapter {
  return ADAPTERS[config.BOT_SDK](config, options);
}
