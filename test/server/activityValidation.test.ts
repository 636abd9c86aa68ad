import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, validateActivity } from '../../src/channels/activityValidation';
import { emulatorMessage, expectRepliesMessage } from '../support/activities';

function reasonFor(body: unknown): string {
  const result = validateActivity(body);
  if (result.ok) throw new Error('expected the activity to be rejected');
  return result.reason;
}

describe('validateActivity', () => {
  it('accepts what the Emulator sends, keeping fields it does not know', () => {
    const result = validateActivity(emulatorMessage('hello', { channelData: { custom: 1 } }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.activity.channelData).toEqual({ custom: 1 });
  });

  it('accepts an expectReplies message without a serviceUrl', () => {
    expect(validateActivity(expectRepliesMessage('hello')).ok).toBe(true);
  });

  it('accepts a conversationUpdate without a sender', () => {
    const { from: _from, text: _text, ...update } = emulatorMessage('');
    expect(validateActivity({ ...update, type: 'conversationUpdate', membersAdded: [{ id: 'u' }] }).ok).toBe(true);
  });

  it.each([
    ['a JSON array', [], 'activity: expected a JSON object'],
    ['null', null, 'activity: expected a JSON object'],
    ['a string', 'hello', 'activity: expected a JSON object'],
  ])('rejects %s', (_name, body, reason) => {
    expect(reasonFor(body)).toBe(reason);
  });

  it('names the missing type', () => {
    const { type: _type, ...activity } = emulatorMessage('hi');
    expect(reasonFor(activity)).toBe('activity.type: expected the activity type (a string)');
  });

  it('names the missing conversation', () => {
    expect(reasonFor(emulatorMessage('hi', { conversation: undefined }))).toMatch(/^activity\.conversation: /);
    expect(reasonFor(emulatorMessage('hi', { conversation: { id: '' } }))).toMatch(/^activity\.conversation\.id: /);
  });

  it('requires a serviceUrl unless replies are expected in the response', () => {
    expect(reasonFor(emulatorMessage('hi', { serviceUrl: undefined }))).toMatch(/^activity\.serviceUrl: .*expectReplies/);
    expect(reasonFor(emulatorMessage('hi', { serviceUrl: 'file:///etc/passwd' }))).toBe(
      'activity.serviceUrl: expected an http(s) URL',
    );
  });

  it('requires the sender of a message', () => {
    expect(reasonFor(emulatorMessage('hi', { from: undefined }))).toMatch(/^activity\.from: /);
    expect(reasonFor(emulatorMessage('hi', { from: { name: 'no id' } }))).toMatch(/^activity\.from\.id: /);
  });

  it('rejects fields of the wrong type that handlers would call methods on', () => {
    expect(reasonFor(emulatorMessage('hi', { text: 42 }))).toBe('activity.text: expected a string');
    expect(reasonFor(emulatorMessage('hi', { membersAdded: [{ id: 'a' }, 'b'] }))).toMatch(/^activity\.membersAdded\.1: /);
  });

  it('refuses a text longer than any channel sends, and takes one of the longest length', () => {
    expect(reasonFor(emulatorMessage('x'.repeat(MAX_TEXT_LENGTH + 1)))).toBe(`activity.text: expected a text of at most ${MAX_TEXT_LENGTH} characters`);
    expect(validateActivity(emulatorMessage('x'.repeat(MAX_TEXT_LENGTH))).ok).toBe(true);
  });

  it('lists several problems in one reason', () => {
    expect(reasonFor({ type: 'message' }).split('; ').map((problem) => problem.split(':')[0])).toEqual([
      'activity.channelId',
      'activity.conversation',
      'activity.recipient',
    ]);
  });

  it('never echoes the values it rejects', () => {
    expect(reasonFor(emulatorMessage('hi', { text: { hba1c: '7.9%' }, serviceUrl: 'not-a-url-7.9%' }))).not.toContain('7.9');
  });
});
