import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { recognizeCommand, type CommandRequest } from './commands';

/**
 * Base for dialogs the clinician can interrupt at any point ("help", "back", "results"…): commands are
 * recognised before any step or prompt sees the message, so "help" is never parsed as an answer.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const request = recognizeCommand(innerDc.context.activity);
    if (request) {
      const handled = await this.onCommand(innerDc, request);
      if (handled) return handled;
    }
    return super.onContinueDialog(innerDc);
  }

  /** Handles a command; returning undefined lets the active dialog see the message instead. */
  protected abstract onCommand(innerDc: DialogContext, request: CommandRequest): Promise<DialogTurnResult | undefined>;
}
