import { describe, expect, it } from 'vitest';
import { ChannelTokens, TOKEN_LIFETIME_MS } from '../../src/webchat/channelToken';
import { manualClock } from '../support/webChatServer';

describe('intranet channel tokens', () => {
  it('binds a new conversation id and a "dl_" user id, valid for 30 minutes', () => {
    const clock = manualClock();
    const tokens = new ChannelTokens(clock.now);
    const issued = tokens.issueForNewConversation();
    expect(issued.userId).toMatch(/^dl_/);
    expect(issued.expiresAt).toBe(clock.now() + TOKEN_LIFETIME_MS);
    expect(tokens.check(issued.token)).toEqual({ ok: true, grant: { conversationId: issued.conversationId, userId: issued.userId, expiresAt: issued.expiresAt } });
  });

  it('carries the page’s language, for the greeting its conversation starts with', () => {
    const tokens = new ChannelTokens();
    const issued = tokens.issueForNewConversation('zh-CN');
    expect(tokens.check(issued.token)).toMatchObject({ ok: true, grant: { locale: 'zh-CN' } });
    expect(tokens.check(tokens.issue(issued.conversationId, issued.userId, issued.locale).token)).toMatchObject({ ok: true, grant: { locale: 'zh-CN' } });
  });

  it('gives every browser its own conversation and user', () => {
    const tokens = new ChannelTokens();
    const [a, b] = [tokens.issueForNewConversation(), tokens.issueForNewConversation()];
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(a.userId).not.toBe(b.userId);
  });

  it('is a JWT whose `user` claim Web Chat reads as the user id', () => {
    const issued = new ChannelTokens().issueForNewConversation();
    const [header, payload] = issued.token.split('.') as [string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ user: issued.userId, conv: issued.conversationId });
  });

  it('expires after its lifetime, and a refreshed token lives on for the same conversation and user', () => {
    const clock = manualClock();
    const tokens = new ChannelTokens(clock.now);
    const first = tokens.issueForNewConversation();
    clock.advance(TOKEN_LIFETIME_MS / 2);
    const refreshed = tokens.issue(first.conversationId, first.userId);
    clock.advance(TOKEN_LIFETIME_MS / 2);
    expect(tokens.check(first.token)).toEqual({ ok: false, problem: 'expired' });
    expect(tokens.check(refreshed.token)).toMatchObject({ ok: true, grant: { conversationId: first.conversationId, userId: first.userId } });
  });

  it('refuses a token another server (another key) signed, and one with changed claims', () => {
    const ours = new ChannelTokens();
    const theirs = new ChannelTokens().issueForNewConversation();
    expect(ours.check(theirs.token)).toEqual({ ok: false, problem: 'bad-signature' });

    const issued = ours.issueForNewConversation();
    const [header, payload, signature] = issued.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, conv: 'someone-elses-conversation' })).toString('base64url');
    expect(ours.check(`${header}.${forged}.${signature}`)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it.each(['', 'abc', 'a.b', 'a.b.c.d', 'eyJhbGciOiJub25lIn0.e30.'])('refuses the malformed token %j', (token) => {
    expect(new ChannelTokens().check(token)).toMatchObject({ ok: false });
  });

  it('refuses an unsigned ("alg: none") token', () => {
    const tokens = new ChannelTokens();
    const issued = tokens.issueForNewConversation();
    const payload = issued.token.split('.')[1];
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(tokens.check(`${none}.${payload}.`)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('are checked by every instance configured with the same WEBCHAT_TOKEN_SECRET, and by no other', () => {
    const secret = 'a-webchat-token-secret-of-32-characters!';
    const issued = new ChannelTokens(Date.now, secret).issueForNewConversation();
    expect(new ChannelTokens(Date.now, secret).check(issued.token)).toMatchObject({ ok: true, grant: { conversationId: issued.conversationId } });
    expect(new ChannelTokens(Date.now, `${secret}.`).check(issued.token)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(new ChannelTokens().check(issued.token)).toEqual({ ok: false, problem: 'bad-signature' });
  });
});
