import { describe, expect, it } from 'vitest';
import { createJsonLogger, formatLogLine, type LogLevel } from '../../src/logger';

describe('formatLogLine', () => {
  it('writes one JSON object with time, level, message and the fields', () => {
    const line = formatLogLine('warn', 'rejected', { reason: 'bad', status: 400 }, new Date('2025-01-02T03:04:05Z'));
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      time: '2025-01-02T03:04:05.000Z',
      level: 'warn',
      message: 'rejected',
      reason: 'bad',
      status: 400,
    });
  });

  it('does not let a field overwrite the level or the message', () => {
    const parsed = JSON.parse(formatLogLine('error', 'real', { level: 'info', message: 'fake', kept: true }));
    expect(parsed).toMatchObject({ level: 'error', message: 'real', kept: true });
  });

  it('drops undefined fields', () => {
    expect(JSON.parse(formatLogLine('info', 'm', { gone: undefined }))).not.toHaveProperty('gone');
  });
});

describe('createJsonLogger', () => {
  it('passes each level to the writer', () => {
    const written: Array<[LogLevel, string]> = [];
    const logger = createJsonLogger((level, line) => written.push([level, line]));
    logger.info('a');
    logger.warn('b');
    logger.error('c', { errorName: 'TypeError' });
    expect(written.map(([level, line]) => [level, JSON.parse(line).message])).toEqual([
      ['info', 'a'],
      ['warn', 'b'],
      ['error', 'c'],
    ]);
    expect(JSON.parse(written[2]![1]).errorName).toBe('TypeError');
  });
});
