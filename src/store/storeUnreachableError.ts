/** The shared store is not connected (yet, or any more); readiness checks report it. */
export class StoreUnreachableError extends Error {
  override readonly name = 'StoreUnreachableError';

  constructor(status: string, options?: ErrorOptions) {
    // The connection status only: the URL may hold a password.
    super(`the shared state store (Redis) is not connected (connection ${status})`, options);
  }
}
