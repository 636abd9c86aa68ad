import { AsyncLocalStorage } from 'node:async_hooks';

const requests = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs `work` as part of the HTTP request `requestId`: every log line written from it, and from whatever
 * it starts (the turn, the store, the replies), carries that id, without passing a logger down.
 */
export function runForRequest<T>(requestId: string, work: () => T): T {
  return requests.run({ requestId }, work);
}

/** The id of the HTTP request being handled, or undefined outside of one. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}
