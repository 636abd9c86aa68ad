import { DEFAULT_DIRECT_LINE_ENDPOINT, type AppConfig } from '../config';
import { directLineSources, type PagePolicy } from './securityHeaders';

/** Which Direct Line the page talks to: ours (no secret configured) or Azure's. */
export type WebChatMode = { kind: 'intranet' } | { kind: 'azure'; secret: string; endpoint: string };

export interface WebChatSettings {
  mode: WebChatMode;
  frameAncestors: readonly string[];
}

export function webChatSettings(config: AppConfig): WebChatSettings {
  const mode: WebChatMode =
    config.DIRECT_LINE_SECRET === undefined
      ? { kind: 'intranet' }
      : { kind: 'azure', secret: config.DIRECT_LINE_SECRET, endpoint: config.DIRECT_LINE_ENDPOINT ?? DEFAULT_DIRECT_LINE_ENDPOINT };
  return { mode, frameAncestors: config.WEBCHAT_FRAME_ANCESTORS ?? ["'self'"] };
}

export function pagePolicy({ mode, frameAncestors }: WebChatSettings): PagePolicy {
  return { connectSources: mode.kind === 'azure' ? directLineSources(mode.endpoint) : [], frameAncestors };
}
