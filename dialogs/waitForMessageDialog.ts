import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

/** Waits silently for the next message (typed or a card submission) and returns it. */
export class WaitForMessageDialog extends Dialog {
  override async beginDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(dc.context.activity);
  }
}
