/**
 * A reply POSTed to the channel's serviceUrl did not get through (refused, or no route): the channel is unreachable
 * for this turn, and an apology would go the same way.
 */
export class ChannelUnreachableError extends Error {
  constructor(message = "the channel's serviceUrl could not be reached for a reply") {
    super(message);
    this.name = 'ChannelUnreachableError';
  }
}

/** A reply POSTed to the channel's serviceUrl got no answer in time. */
export class ReplyTimeoutError extends ChannelUnreachableError {
  constructor(timeoutMs: number) {
    super(`the channel's serviceUrl did not answer a reply within ${timeoutMs} ms`);
    this.name = 'ReplyTimeoutError';
  }
}
