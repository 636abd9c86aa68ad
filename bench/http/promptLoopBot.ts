import { ActivityHandler, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';

const LOOP = 'loop';
const ASK = 'ask';

/**
 * The least a guided conversation costs on this SDK: conversation state in memory, a dialog set, and a
 * waterfall that asks with a text prompt and echoes the answer, forever. Between the echo bot (the HTTP
 * stack alone) and ours, it shows how much of a turn the dialog framework takes before any screening.
 */
export class PromptLoopBot extends ActivityHandler {
  private readonly state = new ConversationState(new MemoryStorage());
  private readonly dialogs = new DialogSet(this.state.createProperty<DialogState>('dialogState'));

  constructor() {
    super();
    this.dialogs.add(new TextPrompt(ASK));
    this.dialogs.add(
      new WaterfallDialog(LOOP, [
        (step) => step.prompt(ASK, 'Next answer?'),
        async (step) => {
          await step.context.sendActivity(`noted: ${String(step.result)}`);
          return step.replaceDialog(LOOP);
        },
      ]),
    );
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(LOOP);
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context, false);
  }
}
