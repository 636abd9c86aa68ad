import type { Ingress } from '../channels/ingress';
import type { OutgoingMessage } from '../replies/render';
import type { ActivityJson } from './activity';

/**
 * The Bot Framework as the rest of the bot sees it, whichever SDK is under it (BOT_SDK): activity JSON in, the
 * messages to send out, and authentication as a port. Nothing outside src/botframework/ imports an SDK.
 */

/** One turn as a bot sees it. */
export interface Turn {
  /** The activity received, as JSON (checked by IncomingActivity or the intranet channel, then normalised). */
  readonly activity: Readonly<ActivityJson>;
  readonly ingress: Ingress;
  /** The message's text with the bot's own @mention taken out (Teams puts it there); '' when there is none. */
  readonly text: string;
  /** Sends messages to the conversation, in order: to its serviceUrl, or into the response of an expectReplies turn. */
  send(messages: readonly OutgoingMessage[]): Promise<void>;
}

/** Anything that takes turns: the screening assistant, and the tests' and bench's reference bots. */
export interface Bot {
  run(turn: Turn): Promise<void>;
}

/** What the HTTP response to /api/messages carries: the expectReplies replies (or an invoke's answer) as its body. */
export interface TurnResult {
  status: number;
  body?: unknown;
}

declare const proof: unique symbol;
/** What authenticate() found about the caller, for runTurn() alone to read. */
export type Authenticated = { readonly [proof]: true };

/** One SDK's adapter, for one entry point. */
export interface BotFrameworkAdapter {
  /**
   * Who sent the activity, from its Authorization header (anyone, without MicrosoftAppId). Rejects with an
   * AuthenticationFailure: 401 when the token is the caller's fault, 503 when it cannot be checked now.
   */
  authenticate(activity: ActivityJson, authorization: string): Promise<Authenticated>;
  /** The turn, its replies sent to the activity's serviceUrl or returned (expectReplies), and the HTTP answer. */
  runTurn(authenticated: Authenticated, activity: ActivityJson, bot: Bot): Promise<TurnResult>;
  /**
   * A turn of a channel served inside this process (the intranet Web Chat): the bot's identity, no token to
   * check, no serviceUrl contacted; resolves with every activity the turn sent, the apology of a failed one included.
   */
  runInProcess(activity: ActivityJson, bot: Bot): Promise<ActivityJson[]>;
}
