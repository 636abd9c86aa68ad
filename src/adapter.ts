import { CloudAdapter } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { createAuthentication } from './channels/authentication';
import { SerialTurns } from './channels/serialTurns';
import { createTurnErrorHandler } from './channels/turnErrorHandler';
import type { AppConfig } from './config';
import type { Logger } from './logger';

/**
 * The Bot Framework adapter for our configuration. `authentication` defaults to one built from
 * `config`; tests pass one with SDK overrides.
 */
export function createAdapter(
  config: AppConfig,
  logger: Logger,
  authentication: BotFrameworkAuthentication = createAuthentication(config),
): CloudAdapter {
  const adapter = new CloudAdapter(authentication);
  adapter.use(new SerialTurns());
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
