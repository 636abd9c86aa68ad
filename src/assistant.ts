import { ConversationState, type Storage } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog';
import { ScreeningPlan } from '../dialogs/screeningPlan';
import type { ScreeningState } from '../dialogs/screeningState';
import { personalOnlyText } from '../dialogs/texts/channelTexts';
import { welcomeText } from '../dialogs/texts/conversationTexts';
import { ScreeningBot } from './bot';
import type { Catalog } from './catalog/loadCatalog';
import type { Clock } from './clock';

/** The bot with its dialogs and state, for a catalog, a clock and a store; index.ts and tests build it the same way. */
export function createAssistant(catalog: Catalog, clock: Clock, storage: Storage): ScreeningBot {
  const conversationState = new ConversationState(storage);
  const screening = conversationState.createProperty<ScreeningState>('screening');
  const dialog = new MainDialog(new ScreeningPlan(catalog, clock), screening);
  return new ScreeningBot(conversationState, dialog, { welcome: welcomeText(catalog.trials), personalOnly: personalOnlyText });
}
