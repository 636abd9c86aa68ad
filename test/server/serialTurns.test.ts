import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { markIngress, type Ingress } from '../../src/channels/ingress';
import { SerialTurns } from '../../src/channels/serialTurns';

function contextFor(conversationId: string, channelId = 'emulator', ingress: Ingress = 'bot-framework'): TurnContext {
  const context = { activity: { type: 'message', channelId, conversation: { id: conversationId } }, turnState: new Map() } as unknown as TurnContext;
  markIngress(context, ingress);
  return context;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

// Lets every already-runnable promise callback run.
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SerialTurns', () => {
  it('starts the second turn of a conversation only after the first one ended', async () => {
    const serial = new SerialTurns();
    const first = deferred();
    const events: string[] = [];
    const turn1 = serial.onTurn(contextFor('c1'), async () => {
      events.push('start 1');
      await first.promise;
      events.push('end 1');
    });
    const turn2 = serial.onTurn(contextFor('c1'), async () => {
      events.push('start 2');
    });
    await settle();
    expect(events).toEqual(['start 1']);
    first.resolve();
    await Promise.all([turn1, turn2]);
    expect(events).toEqual(['start 1', 'end 1', 'start 2']);
  });

  it('runs turns of different conversations at the same time', async () => {
    const serial = new SerialTurns();
    const first = deferred();
    let secondRan = false;
    const turn1 = serial.onTurn(contextFor('c1'), () => first.promise);
    await serial.onTurn(contextFor('c2'), async () => {
      secondRan = true;
    });
    expect(secondRan).toBe(true);
    expect(serial.activeConversations).toBe(1);
    first.resolve();
    await turn1;
  });

  it('keys on the channel too', async () => {
    const serial = new SerialTurns();
    const first = deferred();
    const turn1 = serial.onTurn(contextFor('same-id', 'emulator'), () => first.promise);
    let otherChannelRan = false;
    await serial.onTurn(contextFor('same-id', 'webchat'), async () => {
      otherChannelRan = true;
    });
    expect(otherChannelRan).toBe(true);
    first.resolve();
    await turn1;
  });

  it('keys on the entry point too: /api/messages never queues behind an intranet conversation of the same ids', async () => {
    const serial = new SerialTurns();
    const first = deferred();
    const intranetTurn = serial.onTurn(contextFor('same-id', 'webchat', 'intranet'), () => first.promise);
    let botFrameworkRan = false;
    await serial.onTurn(contextFor('same-id', 'webchat', 'bot-framework'), async () => {
      botFrameworkRan = true;
    });
    expect(botFrameworkRan).toBe(true);
    first.resolve();
    await intranetTurn;
  });

  it('lets the next turn run after a turn throws, and passes the error on', async () => {
    const serial = new SerialTurns();
    const failing = serial.onTurn(contextFor('c1'), async () => {
      throw new Error('boom');
    });
    let nextRan = false;
    const next = serial.onTurn(contextFor('c1'), async () => {
      nextRan = true;
    });
    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(nextRan).toBe(true);
  });

  it('keeps three queued turns in arrival order and forgets the conversation when idle', async () => {
    const serial = new SerialTurns();
    const gates = [deferred(), deferred(), deferred()];
    const order: number[] = [];
    const turns = gates.map((gate, index) =>
      serial.onTurn(contextFor('c1'), async () => {
        order.push(index);
        await gate.promise;
      }),
    );
    await settle();
    expect(serial.activeConversations).toBe(1);
    // Release out of order: the queue, not the release order, decides who runs.
    gates[2]!.resolve();
    gates[1]!.resolve();
    await settle();
    expect(order).toEqual([0]);
    gates[0]!.resolve();
    await Promise.all(turns);
    expect(order).toEqual([0, 1, 2]);
    expect(serial.activeConversations).toBe(0);
  });

  it('passes turns without a conversation straight through', async () => {
    const serial = new SerialTurns();
    let ran = false;
    await serial.onTurn({ activity: { type: 'event' }, turnState: new Map() } as unknown as TurnContext, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(serial.activeConversations).toBe(0);
  });
});
