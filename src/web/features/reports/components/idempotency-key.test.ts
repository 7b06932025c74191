import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('are fresh random UUIDs', () => {
    const first = newIdempotencyKey();
    expect(first).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(first);
  });

  it('are still UUIDs where the browser offers no randomUUID (plain http)', () => {
    const withoutRandomUuid = {
      getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array),
    } as unknown as Crypto;

    expect(newIdempotencyKey(withoutRandomUuid)).toMatch(UUID_V4);
  });
});
