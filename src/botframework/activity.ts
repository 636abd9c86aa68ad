/**
 * Activities as the Bot Framework protocol puts them on the wire: plain JSON, the same whichever SDK runs the
 * turn. Only the fields the bot, the intranet channel and the tests read are named; the rest pass through.
 */

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

export interface ConversationAccount {
  id: string;
  name?: string;
  conversationType?: string;
  isGroup?: boolean;
}

export interface Attachment {
  contentType: string;
  content?: unknown;
}

export interface ActivityJson {
  type: string;
  id?: string;
  /** An ISO 8601 string on the wire; a Date where an SDK parsed it. */
  timestamp?: string | Date;
  channelId?: string;
  serviceUrl?: string;
  deliveryMode?: string;
  replyToId?: string;
  conversation?: ConversationAccount;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  membersAdded?: ChannelAccount[];
  text?: string;
  textFormat?: string;
  /** The user's language as a BCP 47 tag ("en-US", "zh-CN"): Teams sends the client's, Web Chat its `locale`. */
  locale?: string;
  summary?: string;
  value?: unknown;
  name?: string;
  label?: string;
  channelData?: { clientActivityID?: string } & Record<string, unknown>;
  entities?: Record<string, unknown>[];
  attachments?: Attachment[];
  [field: string]: unknown;
}

/** Web Chat, Teams and the Emulator render this content type as an Adaptive Card. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
