/** A reply POSTed to the channel's serviceUrl got no answer in time: the channel is unreachable for this turn. */
export class ReplyTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`the channel's serviceUrl did not answer a reply within ${timeoutMs} ms`);
    this.name = 'ReplyTimeoutError';
  }
}
