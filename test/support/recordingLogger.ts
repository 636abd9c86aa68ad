import type { LogFields, Logger, LogLevel } from '../../src/logger';

export interface LogEntry {
  level: LogLevel;
  message: string;
  fields: LogFields;
}

/** A Logger that keeps every entry, so tests can assert what was (and was not) logged. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];

  info(message: string, fields: LogFields = {}): void {
    this.entries.push({ level: 'info', message, fields });
  }

  warn(message: string, fields: LogFields = {}): void {
    this.entries.push({ level: 'warn', message, fields });
  }

  error(message: string, fields: LogFields = {}): void {
    this.entries.push({ level: 'error', message, fields });
  }
}
