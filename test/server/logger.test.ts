import { describe, expect, it } from 'vitest';
import { createLogger, errorFields } from '../../src/logger';
import { runForRequest } from '../../src/operations/requestContext';

/** A logger writing into an array, one parsed JSON object per line. */
function capturedLogger(level: Parameters<typeof createLogger>[0] = 'info') {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with the level as a word, an ISO time, the message and the fields', () => {
    const { logger, lines, parsed } = capturedLogger();
    logger.warn('rejected', { reason: 'bad', status: 400 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd()).not.toContain('\n');
    expect(parsed()[0]).toMatchObject({ level: 'warn', msg: 'rejected', reason: 'bad', status: 400, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('does not let a field overwrite the level, the time, the message or the request id', () => {
    const { logger, lines } = capturedLogger();
    runForRequest('the-real-request', () => logger.error('real', { level: 'info', msg: 'fake', time: 'then', requestId: 'forged', kept: true }));
    // Duplicate keys would let a reader that keeps the last one see the forged values.
    expect(lines[0]!.match(/"level"/g)).toHaveLength(1);
    expect(lines[0]!.match(/"msg"/g)).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', msg: 'real', requestId: 'the-real-request', kept: true });
    expect(lines[0]).not.toMatch(/fake|forged|then/);
  });

  it('drops undefined fields', () => {
    const { logger, parsed } = capturedLogger();
    logger.info('m', { gone: undefined });
    expect(parsed()[0]).not.toHaveProperty('gone');
  });

  it('carries the id of the request a line is written for, and none outside a request', async () => {
    const { logger, parsed } = capturedLogger();
    await runForRequest('request-1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.info('inside, after an await');
    });
    logger.info('outside');
    expect(parsed().map((line) => line.requestId)).toEqual(['request-1', undefined]);
  });

  it('writes nothing below LOG_LEVEL, and debug lines only when asked', () => {
    const warnOnly = capturedLogger('warn');
    warnOnly.logger.info('quiet');
    warnOnly.logger.debug('quieter');
    warnOnly.logger.warn('loud');
    expect(warnOnly.parsed().map((line) => line.msg)).toEqual(['loud']);
    const debug = capturedLogger('debug');
    debug.logger.debug('shown');
    expect(debug.parsed().map((line) => line.level)).toEqual(['debug']);
  });
});

describe('errorFields', () => {
  it('names the class and the first frame, never the message', () => {
    const fields = errorFields(new TypeError('HbA1c 7.9% is not a number'));
    expect(fields).toEqual({ errorName: 'TypeError', thrownAt: expect.stringMatching(/logger\.test\.ts:\d+/) });
    expect(JSON.stringify(fields)).not.toContain('7.9');
  });

  it('says nothing of a thrown value that is not an Error', () => {
    expect(errorFields('HbA1c 7.9%')).toEqual({ errorName: 'NonErrorThrown' });
  });
});
