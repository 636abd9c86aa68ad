import { describe, expect, it } from 'vitest';
import { DEFAULT_DIRECT_LINE_ENDPOINT, loadConfig } from '../../src/config';
import { contentSecurityPolicy } from '../../src/webchat/securityHeaders';
import { pagePolicy, webChatSettings } from '../../src/webchat/settings';
import { configErrorOf } from '../support/configError';


describe('Web Chat settings', () => {
  it('default to the intranet channel, framed by our own origin only', () => {
    expect(webChatSettings(loadConfig({}))).toEqual({ mode: { kind: 'intranet' }, frameAncestors: ["'self'"] });
  });

  it('switch to Azure Direct Line when a secret is set, at Azure’s endpoint unless told otherwise', () => {
    expect(webChatSettings(loadConfig({ DIRECT_LINE_SECRET: 's' })).mode).toEqual({ kind: 'azure', secret: 's', endpoint: DEFAULT_DIRECT_LINE_ENDPOINT });
    const regional = loadConfig({ DIRECT_LINE_SECRET: 's', DIRECT_LINE_ENDPOINT: ' https://europe.directline.botframework.com/ ' });
    expect(webChatSettings(regional).mode).toEqual({ kind: 'azure', secret: 's', endpoint: 'https://europe.directline.botframework.com' });
  });

  it('let the page connect to the Direct Line origin (https and wss) only in Azure mode', () => {
    expect(pagePolicy(webChatSettings(loadConfig({}))).connectSources).toEqual([]);
    expect(pagePolicy(webChatSettings(loadConfig({ DIRECT_LINE_SECRET: 's' }))).connectSources).toEqual([
      'https://directline.botframework.com',
      'wss://directline.botframework.com',
    ]);
  });

  it.each([
    ['https://directline.botframework.com/v3/directline', /expected an origin without a path/],
    ['ftp://directline.example', /expected an http\(s\) URL/],
    ['directline.botframework.com', /expected an http\(s\) URL/],
  ])('rejects DIRECT_LINE_ENDPOINT=%s', (value, message) => {
    const error = configErrorOf({ DIRECT_LINE_ENDPOINT: value });
    expect(error).toMatch(/→ at DIRECT_LINE_ENDPOINT/);
    expect(error).toMatch(message);
  });

  it('read WEBCHAT_FRAME_ANCESTORS as space-separated CSP sources', () => {
    const config = loadConfig({ WEBCHAT_FRAME_ANCESTORS: "'self'  https://intranet.example.org https://*.hospital.example:8443" });
    const policy = pagePolicy(webChatSettings(config));
    expect(contentSecurityPolicy(policy)).toMatch(/; frame-ancestors 'self' https:\/\/intranet\.example\.org https:\/\/\*\.hospital\.example:8443$/);
  });

  it.each([
    ["'self'; script-src *", /expected space-separated sources/],
    ['https://intranet.example.org/path', /expected space-separated sources/],
    ['*', /expected space-separated sources/],
    ["'none' https://intranet.example.org", /expected 'none' alone/],
  ])('rejects WEBCHAT_FRAME_ANCESTORS=%j, which could widen or break the policy', (value, message) => {
    const error = configErrorOf({ WEBCHAT_FRAME_ANCESTORS: value });
    expect(error).toMatch(/→ at WEBCHAT_FRAME_ANCESTORS/);
    expect(error).toMatch(message);
  });
});
