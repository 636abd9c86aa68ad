import { errorFields, type Logger } from '../logger';

/**
 * An unhandled rejection or exception ends the process (Node's default), but first it is logged as any other
 * error line — class and place, never the message — since the default report goes to stderr as free text
 * that may quote patient data.
 */
export function logFatalErrorsBeforeExit(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled promise rejection; exiting', errorFields(reason));
    process.exit(1);
  });
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception; exiting', errorFields(error));
    process.exit(1);
  });
}
