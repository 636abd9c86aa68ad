import { CloudAdapter, type AuthConfiguration, type ConnectorClient, type HeaderPropagationCollection } from '@microsoft/agents-hosting';
import type { Activity } from '@microsoft/agents-activity';
import { ChannelUnreachableError, ReplyTimeoutError } from '../channelUnreachable';
import type { Caller } from './authentication';

/**
 * The Agents SDK's CloudAdapter whose connector clients give up on a call to the channel (a reply) after
 * `replyTimeoutMs`: without it a serviceUrl that accepts the connection and never answers holds the turn forever,
 * and the conversation's later turns queue behind it. The client's HttpClient takes an abort signal per request.
 * A serviceUrl that cannot be reached at all fails the call at once (fetch's "fetch failed"; the SDK does not
 * retry), as botbuilder's retries end in its deadline: the channel is unreachable either way.
 */
export class DeadlineCloudAdapter extends CloudAdapter {
  constructor(
    authConfig: AuthConfiguration,
    private readonly replyTimeoutMs: number,
  ) {
    super(authConfig);
  }

  protected override async createConnectorClientWithIdentity(identity: NonNullable<Caller>, activity: Activity, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    const client = await super.createConnectorClientWithIdentity(identity, activity, headers);
    const http = client.httpClient;
    const request = http.request.bind(http);
    const timeoutMs = this.replyTimeoutMs;
    http.request = async function requestWithDeadline(config) {
      try {
        return await request({ ...config, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        if (error instanceof Error && error.name === 'TimeoutError') throw new ReplyTimeoutError(timeoutMs);
        if (error instanceof TypeError && error.message === 'fetch failed') throw new ChannelUnreachableError();
        throw error;
      }
    } as typeof http.request;
    return client;
  }
}
