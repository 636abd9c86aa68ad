import { randomUUID } from 'node:crypto';
import { constants, createDeflate, createGzip, deflateSync, gzipSync } from 'node:zlib';
import type { Random } from '../../../bench/engine/seededRandom';
import { MAX_TEXT_LENGTH } from '../../../src/channels/activityValidation';

/** One request of the suite, described before it is sent. */
export interface FuzzCase {
  /** What kind of input it is, for the report. */
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** An invoke activity the server may answer 501 (the only 5xx allowed). */
  invoke: boolean;
  /** Which of the loopback addresses it comes from: spreads the requests over many "clients". */
  localAddress: string;
}

/** A started intranet Web Chat conversation the suite may post into. */
export interface Session {
  token: string;
  conversationId: string;
}

export interface FuzzContext {
  random: Random;
  sessions: readonly Session[];
  /** A connector stub that takes replies (serviceUrl). */
  connectorUrl: string;
  /** Decompression bombs, made once: small on the wire, huge inflated. */
  bombs: Bombs;
}

export interface Bombs {
  /** ~600 KB of gzip inflating to 600 MiB, as in the issue. */
  gzip: Buffer;
  /** ~16 KB of deflate inflating to 16 MiB. */
  deflate: Buffer;
}

/** Compresses `mebibytes` MiB of zeros without holding them in memory. */
function compressedZeros(make: () => ReturnType<typeof createGzip>, mebibytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stream = make();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    const zeros = Buffer.alloc(1024 * 1024);
    let written = 0;
    const write = (): void => {
      while (written < mebibytes) {
        written += 1;
        if (!stream.write(zeros)) {
          stream.once('drain', write);
          return;
        }
      }
      stream.end();
    };
    write();
  });
}

export async function makeBombs(): Promise<Bombs> {
  const level = { level: constants.Z_BEST_COMPRESSION };
  return { gzip: await compressedZeros(() => createGzip(level), 600), deflate: await compressedZeros(() => createDeflate(level), 16) };
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

// What clinicians type (answers, commands, units), and what attackers and broken clients send.
const TEXTS = [
  'lupus', 'SLE', "Ormond's disease", 'IgG4 related disease', 'APS', "Sjogren's", '45', '70', 'female', 'male', 'Hb 8.5 g/dL',
  'plt 45k', '45,000/µL', '85 g/L', 'yes', 'no', 'unknown', 'not sure', 'skip', 'none', '6 weeks ago', 'since March 2026',
  'prednisone 15 mg daily since May 2026', 'methylpred 8 mg daily, stopped 6 weeks ago', 'MMF 750 mg bid since May 2026',
  'help', 'back', 'restart', 'summary', 'results', 'continue', 'why', 'more', '', ' ', 'lupus\u202e', '\u202e54', '4\u200b5',
  '\ufeffyes', '<at>Trial bot</at> lupus', '<script>alert(1)</script>', '${process.exit()}', '%s%s%s', '\u0000\u0007', '😀',
  'ﷺ'.repeat(50), 'x'.repeat(9_000), '1e309', '-0', 'NaN', '9'.repeat(400),
];

const ODD_VALUES: readonly unknown[] = [
  null, true, false, 0, -1, 5, 1e308, '', 'yes', 'x'.repeat(3_000), [], [1, 'a', null], {}, { id: 5 }, { id: '' },
  { a: { b: { c: { d: {} } } } }, '\u202eevil', '😀', { toString: 'x' }, JSON.parse('{"__proto__":{"polluted":true}}'),
];

/** A copy: mutations change values in place, and a shared one could end up inside itself. */
const oddValue = (random: Random): unknown => JSON.parse(JSON.stringify(pick(ODD_VALUES, random))) as unknown;

const ACTIVITY_TYPES = ['message', 'message', 'message', 'conversationUpdate', 'invoke', 'event', 'typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'deleteUserData', 'x-unknown'];

const CARD_VALUES: readonly unknown[] = [
  { askSeq: 1, fact: 'age', answer: '45' },
  { askSeq: 999999, fact: 'diagnosis', answer: 'sle' },
  { command: 'summary' },
  { command: 'results' },
  { trialId: 'NCT04582136', command: 'referral' },
  { askSeq: 'x', fact: 7 },
  'a string value',
  42,
  [],
  {},
];

/** Conversations of /api/messages the suite keeps coming back to, so turns build up state. */
function conversationId(random: Random): string {
  return random() < 0.8 ? `fuzz-conversation-${Math.floor(random() * 60)}` : `fuzz-${randomUUID()}`;
}

/** A Bot Framework activity as a channel would send it, before mutation. */
function baseActivity(context: FuzzContext): Record<string, unknown> {
  const { random } = context;
  const type = pick(ACTIVITY_TYPES, random);
  const activity: Record<string, unknown> = {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: pick(['emulator', 'msteams', 'webchat', 'directline', 'x-channel'], random),
    from: { id: `user-${Math.floor(random() * 20)}`, name: 'Clinician', role: 'user' },
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    conversation: { id: conversationId(random), conversationType: 'personal' },
    locale: pick(['en-US', 'en-GB', 'fr-FR', 'de'], random),
  };
  if (random() < 0.7) activity.deliveryMode = 'expectReplies';
  else activity.serviceUrl = random() < 0.95 ? context.connectorUrl : 'http://127.0.0.1:9/closed';
  if (type === 'message') {
    if (random() < 0.8) activity.text = pick(TEXTS, random);
    if (random() < 0.3) activity.value = JSON.parse(JSON.stringify(pick(CARD_VALUES, random)));
    if (activity.text === undefined && activity.value === undefined) activity.text = 'lupus';
    if (random() < 0.2) activity.entities = [{ type: 'mention', mentioned: { id: 'bot', name: 'Bot' }, text: '<at>Trial bot</at>' }];
    if (random() < 0.1) activity.channelData = { clientActivityID: `client-${Math.floor(random() * 50)}` };
  }
  if (type === 'conversationUpdate') activity.membersAdded = [{ id: 'bot' }, { id: 'user-1' }];
  if (type === 'invoke') {
    activity.name = pick(['adaptiveCard/action', 'task/fetch', 'composeExtension/query', 'signin/verifyState', 'x'], random);
    activity.value = oddValue(random);
  }
  return activity;
}

/** A message as Web Chat posts it into the intranet channel. */
function webChatActivity(random: Random): Record<string, unknown> {
  const activity: Record<string, unknown> = {
    type: pick(['message', 'message', 'message', 'typing', 'event'], random),
    text: pick(TEXTS, random),
    locale: 'en-GB',
    textFormat: 'plain',
    channelData: { clientActivityID: `fuzz-${Math.floor(random() * 1_000_000)}` },
    entities: [{ type: 'ClientCapabilities', requiresBotState: true }],
  };
  if (random() < 0.3) activity.value = JSON.parse(JSON.stringify(pick(CARD_VALUES, random)));
  return activity;
}

/** Every path to a node of the value, e.g. ['from', 'name']. */
function pathsOf(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (value === null || typeof value !== 'object' || depth > 4) return [];
  return Object.keys(value).flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key], depth + 1)]);
}

/** One random change: a field removed, given a value of another type, or added (odd names included). */
function mutate(activity: Record<string, unknown>, random: Random): string {
  const paths = pathsOf(activity);
  const target = pick(paths, random);
  const parent = target.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, activity);
  const key = target.at(-1)!;
  const roll = random();
  if (roll < 0.3) {
    delete parent[key];
    return `without ${target.join('.')}`;
  }
  if (roll < 0.85) {
    parent[key] = oddValue(random);
    return `odd ${target.join('.')}`;
  }
  const added = pick(['__proto__', 'constructor', 'prototype', 'x', 'value', 'mentioned', 'isGroup', 'name'], random);
  // Defined, not assigned: assigning __proto__ would set the prototype instead of sending the key.
  Object.defineProperty(Array.isArray(parent) ? activity : parent, added, { value: oddValue(random), enumerable: true, writable: true, configurable: true });
  return `added ${added}`;
}

/** The shapes the issue names, each a turn that used to fail. */
function namedShape(activity: Record<string, unknown>, random: Random): string {
  const shapes: Array<[string, () => void]> = [
    ['value null next to text', () => Object.assign(activity, { type: 'message', text: 'lupus', value: null })],
    ['message without recipient', () => delete activity.recipient],
    ['mention without mentioned', () => Object.assign(activity, { type: 'message', text: '<at>Bot</at> 45', entities: [{ type: 'mention', text: '<at>Bot</at>' }] })],
    ['invoke with {}', () => Object.assign(activity, { type: 'invoke', name: 'adaptiveCard/action', value: {} })],
    ['invoke with a number', () => Object.assign(activity, { type: 'invoke', name: 'adaptiveCard/action', value: 7 })],
    ['from.name a number', () => Object.assign(activity, { from: { id: 'u', name: 5 } })],
    ['isGroup a string', () => Object.assign(activity, { conversation: { id: conversationId(random), isGroup: 'yes' } })],
    ['entity without type', () => Object.assign(activity, { type: 'message', text: 'yes', entities: [{ mentioned: { id: 'bot' } }] })],
    ['locale not a language tag', () => Object.assign(activity, { locale: 'not a locale!' })],
    ['timestamp not a date', () => Object.assign(activity, { timestamp: 'yesterday-ish' })],
    ['bidi override in the answer', () => Object.assign(activity, { type: 'message', text: '\u202e54\u202c', value: undefined })],
    // Every text is looked at as a possible pasted summary; numbers and full stops once made that quadratic.
    ['the longest text, numbers and full stops', () => Object.assign(activity, { type: 'message', text: '1. '.repeat(MAX_TEXT_LENGTH / 3), value: undefined })],
    ['a text over the limit', () => Object.assign(activity, { type: 'message', text: 'plt 45 '.repeat(MAX_TEXT_LENGTH / 6), value: undefined })],
  ];
  const [name, apply] = pick(shapes, random);
  apply();
  return name;
}

/** A valid JSON body sent broken, encoded, bombed, or with the wrong headers. */
function bodyAttack(json: string, context: FuzzContext): { kind: string; headers: Record<string, string>; body: Buffer } {
  const { random } = context;
  const jsonType = { 'content-type': 'application/json' };
  const gz = gzipSync(json);
  const attacks: Array<() => { kind: string; headers: Record<string, string>; body: Buffer }> = [
    () => ({ kind: 'gzip', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: gz }),
    () => ({ kind: 'deflate', headers: { ...jsonType, 'content-encoding': 'deflate' }, body: deflateSync(json) }),
    () => ({ kind: 'gzip truncated', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: gz.subarray(0, Math.floor(gz.length * random())) }),
    () => {
      const corrupt = Buffer.from(gz);
      for (let i = 0; i < 4; i++) {
        const at = 10 + Math.floor(random() * (corrupt.length - 10));
        corrupt[at] = (corrupt[at] ?? 0) ^ 0xff;
      }
      return { kind: 'gzip corrupted', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: corrupt };
    },
    () => ({ kind: 'gzip header, plain body', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: Buffer.from(json) }),
    () => ({ kind: 'deflate header, gzip body', headers: { ...jsonType, 'content-encoding': 'deflate' }, body: gz }),
    () => ({ kind: 'deflate garbage', headers: { ...jsonType, 'content-encoding': 'deflate' }, body: Buffer.from('not deflate at all') }),
    () => ({ kind: 'gzip bomb 600 MiB', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: context.bombs.gzip }),
    () => ({ kind: 'deflate bomb 16 MiB', headers: { ...jsonType, 'content-encoding': 'deflate' }, body: context.bombs.deflate }),
    () => ({ kind: 'empty gzip', headers: { ...jsonType, 'content-encoding': 'gzip' }, body: Buffer.alloc(0) }),
    () => ({ kind: 'unsupported encoding', headers: { ...jsonType, 'content-encoding': pick(['br', 'compress', 'gzip, gzip', 'zstd', 'GZIP;q=1'], random) }, body: gz }),
    () => ({ kind: 'truncated JSON', headers: jsonType, body: Buffer.from(json.slice(0, Math.floor(json.length * random()))) }),
    () => ({ kind: 'random bytes', headers: jsonType, body: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256))) }),
    () => ({ kind: 'deep nesting', headers: jsonType, body: Buffer.from(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) }),
    () => ({ kind: 'deep value', headers: jsonType, body: Buffer.from(json.replace(/^\{/, `{"value":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},`)) }),
    () => ({ kind: 'over the size limit', headers: jsonType, body: Buffer.from(json.replace(/^\{/, `{"pad":"${'x'.repeat(1_100_000)}",`)) }),
    () => ({ kind: 'not JSON content type', headers: { 'content-type': 'text/plain' }, body: Buffer.from(json) }),
    () => ({ kind: 'no content type', headers: {}, body: Buffer.from(json) }),
    () => ({ kind: 'BOM before JSON', headers: jsonType, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]) }),
    () => ({ kind: 'invalid UTF-8', headers: jsonType, body: Buffer.concat([Buffer.from(json.slice(0, -2)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) }),
    () => ({ kind: 'JSON scalar', headers: jsonType, body: Buffer.from(pick(['null', '42', '"text"', 'true', '[]', '{}'], random)) }),
  ];
  return pick(attacks, random)();
}

/** A fresh client address from 127.0.0.2 … 127.0.0.201: a few dozen requests each at most, well under every limit. */
function clientAddress(index: number): string {
  return `127.0.0.${2 + (index % 200)}`;
}

/** The index-th request of the suite: a mutated activity, an attacked body, or an odd request to any route. */
export function fuzzCase(context: FuzzContext, index: number): FuzzCase {
  const { random, sessions } = context;
  const localAddress = clientAddress(index);
  const roll = random();
  const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
  const jsonType = { 'content-type': 'application/json' };

  if (roll < 0.45) {
    const activity = baseActivity(context);
    const changes = Math.floor(random() * 4);
    const kinds = random() < 0.25 ? [namedShape(activity, random)] : Array.from({ length: changes }, () => mutate(activity, random));
    return { kind: `activity${kinds.length ? `: ${kinds[0]}` : ''}`, method: 'POST', path: '/api/messages', headers: jsonType, body: json(activity), invoke: activity.type === 'invoke', localAddress };
  }
  if (roll < 0.6) {
    const activity = baseActivity(context);
    const attack = bodyAttack(JSON.stringify(activity), context);
    return { kind: `body: ${attack.kind}`, method: 'POST', path: '/api/messages', headers: attack.headers, body: attack.body, invoke: activity.type === 'invoke', localAddress };
  }
  const session = pick(sessions, random);
  const activities = `/v3/directline/conversations/${encodeURIComponent(session.conversationId)}/activities`;
  const bearer = { authorization: `Bearer ${session.token}` };
  if (roll < 0.85) {
    const activity = webChatActivity(random);
    const changes = Math.floor(random() * 3);
    const kinds = Array.from({ length: changes }, () => mutate(activity, random));
    const authorization = random() < 0.9 ? bearer : { authorization: pick(['', 'Bearer', 'Bearer x.y.z', `Bearer ${pick(sessions, random).token}`, 'Basic abc'], random) };
    if (random() < 0.15) {
      const attack = bodyAttack(JSON.stringify(activity), context);
      return { kind: `direct line body: ${attack.kind}`, method: 'POST', path: activities, headers: { ...authorization, ...attack.headers }, body: attack.body, invoke: false, localAddress };
    }
    return { kind: `direct line post${kinds.length ? `: ${kinds[0]}` : ''}`, method: 'POST', path: activities, headers: { ...authorization, ...jsonType }, body: json(activity), invoke: false, localAddress };
  }
  if (roll < 0.93) {
    const watermark = pick(['', '0', '1', '-1', 'abc', '99999999999', String(Math.floor(random() * 40)), '%00', '1e3'], random);
    const requests: Array<[string, string, string]> = [
      ['direct line read', 'GET', `${activities}?watermark=${encodeURIComponent(watermark)}`],
      ['direct line resume', 'GET', `/v3/directline/conversations/${encodeURIComponent(session.conversationId)}`],
      ['direct line start again', 'POST', '/v3/directline/conversations'],
      ['direct line refresh', 'POST', '/v3/directline/tokens/refresh'],
      ['direct line read of another conversation', 'GET', `/v3/directline/conversations/${encodeURIComponent(pick(sessions, random).conversationId)}/activities`],
      ['direct line unknown conversation', 'GET', `/v3/directline/conversations/${randomUUID()}/activities`],
    ];
    const [kind, method, path] = pick(requests, random);
    return { kind, method, path, headers: bearer, invoke: false, localAddress };
  }
  if (roll < 0.96) {
    return { kind: 'token', method: 'POST', path: '/api/webchat/token', headers: random() < 0.5 ? jsonType : {}, body: random() < 0.5 ? json({ user: { id: 'dl_x' } }) : undefined, invoke: false, localAddress };
  }
  const odd: Array<[string, string, Buffer | undefined]> = [
    ['GET', '/api/messages', undefined],
    ['PUT', '/api/messages', json({})],
    ['DELETE', `/v3/directline/conversations/${session.conversationId}`, undefined],
    ['GET', `/${randomUUID()}`, undefined],
    ['GET', '/../../etc/passwd', undefined],
    ['GET', '/healthz', undefined],
    ['GET', '/readyz', undefined],
    ['GET', '/metrics', undefined],
    ['OPTIONS', '/api/messages', undefined],
    ['POST', '/healthz', json({ a: 1 })],
    ['GET', '/webchat/app.js', undefined],
    ['GET', '/?%E0%A4%A', undefined],
  ];
  const [method, path, body] = pick(odd, random);
  return { kind: `odd request ${method}`, method, path, headers: body ? jsonType : {}, body, invoke: false, localAddress };
}
