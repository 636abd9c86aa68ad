/**
 * Fields are flat primitives on purpose: it keeps callers from dumping whole activities (which carry
 * patient answers) into the log. Log ids, types and error names only.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type LogLevel = 'info' | 'warn' | 'error';

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

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** One JSON object per line, so log collectors can parse it without configuration. */
export function formatLogLine(level: LogLevel, message: string, fields: LogFields = {}, now = new Date()): string {
  const line: Record<string, unknown> = { time: now.toISOString(), level, message };
  for (const [key, value] of Object.entries(fields)) {
    // The fixed keys win so a field can never disguise a line's level or message.
    if (!(key in line) && value !== undefined) line[key] = value;
  }
  return JSON.stringify(line);
}

export function createJsonLogger(write: (level: LogLevel, line: string) => void): Logger {
  const log = (level: LogLevel) => (message: string, fields?: LogFields) =>
    write(level, formatLogLine(level, message, fields));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const consoleLogger: Logger = createJsonLogger((level, line) => {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
});

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
