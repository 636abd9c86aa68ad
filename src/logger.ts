import pino from 'pino';
import { currentRequestId } from './operations/requestContext';
import type { LogLevelSetting } from './operations/settings';

/**
 * Fields are flat primitives on purpose: it keeps callers from dumping whole activities (which carry
 * patient answers) into the log. Log types, counts, statuses and error names only: never a conversation or
 * user id, nor any string a caller sent.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The levels the code logs at. */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * What a log line may say about something thrown: its class and where it was thrown (the first stack
 * frame, which names code, not data), never its message — a library's message may quote the input, and
 * input is patient data. A thrown non-Error is not described at all: it may be the answer itself.
 */
export function errorFields(error: unknown): { errorName: string; thrownAt?: string } {
  if (!(error instanceof Error)) return { errorName: 'NonErrorThrown' };
  const frame = error.stack
    ?.split('\n')
    .find((line) => /^\s+at /.test(line))
    ?.trim()
    .slice('at '.length);
  return frame ? { errorName: error.name, thrownAt: frame } : { errorName: error.name };
}

// Keys the line itself sets: a field can never disguise a line's level, time, message or request.
const RESERVED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'requestId']);

function ownFields(fields: LogFields): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (!RESERVED.has(key) && value !== undefined) kept[key] = value;
  return kept;
}

/** The process's logger, with a debug level for what is off by default (see quietLibraryConsole). */
export interface ProcessLogger extends Logger {
  debug(message: string, fields?: LogFields): void;
}

/**
 * One JSON object per line (pino): level as a word, ISO time, pid and host, the request id of the HTTP request
 * the line was written for (when there is one), the fields, and the message. Written synchronously, so the
 * lines of a process that is about to exit are not lost.
 */
export function createLogger(level: LogLevelSetting, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: true })): ProcessLogger {
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? {} : { requestId };
      },
    },
    destination,
  );
  return {
    debug: (message, fields = {}) => log.debug(ownFields(fields), message),
    info: (message, fields = {}) => log.info(ownFields(fields), message),
    warn: (message, fields = {}) => log.warn(ownFields(fields), message),
    error: (message, fields = {}) => log.error(ownFields(fields), message),
  };
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
