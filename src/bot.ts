import { ActivityHandler, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';

export interface BotTexts {
  welcome: string;
  personalOnly: string;
}

/**
 * Channel glue: greets once per conversation, strips Teams' @mention, keeps group chats out (answers of
 * several clinicians must never mix), and hands every message to the dialog; state is saved once per turn.
 */
export class ScreeningBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly welcomed: StatePropertyAccessor<boolean>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
    private readonly texts: BotTexts,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(dialog);
    this.welcomed = conversationState.createProperty<boolean>('welcomed');

    this.onMembersAdded(async (context, next) => {
      if (!isSharedConversation(context) && !(await this.welcomed.get(context, false))) {
        await this.welcome(context);
        await this.runDialog(context);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      if (isSharedConversation(context)) {
        await context.sendActivity(this.texts.personalOnly);
        return next();
      }
      TurnContext.removeRecipientMention(context.activity);
      if (!(await this.welcomed.get(context, false))) await this.welcome(context);
      await this.runDialog(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  /**
   * Continues the active dialog or starts the main one. A plain DialogSet, as in the SDK samples: the SDK's
   * runDialog helper also builds a memory-scope manager every turn, which this bot does not use (a third of a turn's CPU).
   */
  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  private async welcome(context: TurnContext): Promise<void> {
    await this.welcomed.set(context, true);
    await context.sendActivity(this.texts.welcome);
  }
}

/** Group chats and channels share one conversation among many clinicians. */
function isSharedConversation(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || context.activity.conversation?.isGroup === true;
}
