import { ConversationState, type Storage } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog';
import { ScreeningPlan } from '../dialogs/screeningPlan';
import type { ScreeningState } from '../dialogs/screeningState';
import { personalOnlyText } from '../dialogs/texts/channelTexts';
import { welcomeText } from '../dialogs/texts/conversationTexts';
import { ScreeningBot } from './bot';
import type { Catalog } from './catalog/loadCatalog';
import type { Clock } from './clock';
import { DEFAULT_STATE_IDLE_HOURS } from './config';
import { HOUR_MS } from './storage';

/**
 * The bot with its dialogs and state, for a catalog, a clock and a store; index.ts and tests build it the
 * same way. A screening left `idleHours` without a turn is forgotten by the engine too (the store
 * forgets its state: see createStorage).
 */
export function createAssistant(catalog: Catalog, clock: Clock, storage: Storage, idleHours = DEFAULT_STATE_IDLE_HOURS): ScreeningBot {
  const conversationState = new ConversationState(storage);
  const screening = conversationState.createProperty<ScreeningState>('screening');
  const dialog = new MainDialog(new ScreeningPlan(catalog, clock, idleHours * HOUR_MS), screening);
  return new ScreeningBot(conversationState, dialog, { welcome: welcomeText(catalog.trials), personalOnly: personalOnlyText });
}
