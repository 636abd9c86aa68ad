import { describe, expect, it } from 'vitest';
import { Deliveries, REMEMBERED_DELIVERIES } from '../../src/webchat/deliveries';

describe('the deliveries a conversation remembers', () => {
  it('answers the id given to a client id, and forgets the oldest beyond its limit', () => {
    const deliveries = new Deliveries();
    for (let n = 0; n <= REMEMBERED_DELIVERIES; n++) deliveries.remember(`client-${n}`, `id-${n}`);
    expect(deliveries.idOf('client-0')).toBeUndefined();
    expect(deliveries.idOf('client-1')).toBe('id-1');
    expect(deliveries.idOf(`client-${REMEMBERED_DELIVERIES}`)).toBe(`id-${REMEMBERED_DELIVERIES}`);
  });
});
