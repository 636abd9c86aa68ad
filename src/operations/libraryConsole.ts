import { errorFields, type LogFields } from '../logger';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * What libraries print with console.* becomes one debug line saying a library printed, with the class and
 * place of an Error among the arguments, never the text: the Bot Framework SDK prints a refused token's stack
 * (and the signing keys it tried) for every 401, which would let unauthenticated traffic flood the log, and
 * no library's text is vetted for patient data. Set LOG_LEVEL=debug to see that they printed.
 */
export function quietLibraryConsole(debug: (message: string, fields?: LogFields) => void): void {
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      debug('a library printed to the console', { method, ...(error ? errorFields(error) : {}) });
    };
  }
}
