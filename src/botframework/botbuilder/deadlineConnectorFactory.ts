import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { ReplyTimeoutError } from '../channelUnreachable';

/**
 * Connector clients whose every call to the channel (a reply, an update) is abandoned after `timeoutMs`,
 * retries included. Without it a serviceUrl that accepts the connection and never answers holds the turn
 * forever, and the conversation's later turns queue behind it. The SDK's factory replaces any request policy
 * it is given, so the deadline goes on each call's options of the client it made: an abort signal, which
 * cancels the HTTP request under way and the retry policy's waits alike.
 */
export class DeadlineConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const client = await this.inner.create(serviceUrl, audience);
    const send = client.sendOperationRequest.bind(client);
    client.sendOperationRequest = async (operationArguments, operationSpec, callback) => {
      const options = { ...operationArguments.options, abortSignal: AbortSignal.timeout(this.timeoutMs) };
      try {
        return await send({ ...operationArguments, options }, operationSpec, callback);
      } catch (error) {
        throw error instanceof Error && error.name === 'AbortError' ? new ReplyTimeoutError(this.timeoutMs) : error;
      }
    };
    return client;
  }
}
