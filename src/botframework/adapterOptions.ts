import type { Ingress } from '../channels/ingress';
import type { Logger } from '../logger';
import type { Metrics } from '../operations/metrics';

export interface AdapterOptions {
  logger: Logger;
  /** The entry point whose turns this adapter runs (default: bot-framework): conversation state is kept apart by it. */
  ingress?: Ingress;
  metrics?: Metrics | undefined;
  /** The origin where the channel's signing keys are published, in place of Microsoft's: tests point it at a stub. */
  keyServer?: string | undefined;
}
