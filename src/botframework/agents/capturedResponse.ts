import type { WebResponse } from '@microsoft/agents-hosting';
import type { TurnResult } from '../seam';

/**
 * The response the Agents SDK writes (its CloudAdapter.process and authorizeJWT take a web framework's
 * response), kept as data: the HTTP layer, not the SDK, writes the real one.
 */
export class CapturedResponse implements WebResponse {
  headersSent = false;
  writableEnded = false;
  private code = 200;
  private body: unknown;

  status(code: number): this {
    this.code = code;
    return this;
  }

  setHeader(): this {
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    this.headersSent = true;
    return this;
  }

  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }

  get result(): TurnResult {
    return { status: this.code, ...(this.body === undefined ? {} : { body: this.body }) };
  }
}
