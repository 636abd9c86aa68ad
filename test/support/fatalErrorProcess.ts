import { createLogger } from '../../src/logger';
import { logFatalErrorsBeforeExit } from '../../src/operations/fatalErrors';
import { quietLibraryConsole } from '../../src/operations/libraryConsole';

/**
 * A process set up as src/index.ts sets itself up (logger, fatal errors, quiet console), that prints through
 * console as a library would and then fails as argv[2] says: "reject" (an unhandled rejection) or "throw".
 */
const logger = createLogger('debug');
logFatalErrorsBeforeExit(logger);
quietLibraryConsole(logger.debug);
console.error(new TypeError('a library printed HbA1c 7.9%'), 'with key material -----BEGIN');
console.log('HbA1c 7.9% as plain text');
if (process.argv[2] === 'reject') void Promise.reject(new RangeError('HbA1c 7.9% rejected'));
if (process.argv[2] === 'throw') {
  setTimeout(() => {
    throw new SyntaxError('HbA1c 7.9% thrown');
  }, 0);
}
