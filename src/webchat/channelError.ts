/** A request the channel refuses: the HTTP status and a reason naming what was wrong and what was expected. */
export class ChannelError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 502 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}
