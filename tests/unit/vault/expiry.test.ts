import { describe, expect, it } from 'vitest';
import { DEFAULT_TTL_MS, isExpired, nextExpiry, resolveTtl } from '@/utils/vault/expiry';
import { formatTimeLeft } from '@/utils/vault/time-left';

describe('resolveTtl', () => {
  it.each([
    ['no source', undefined, DEFAULT_TTL_MS],
    ['a policy value', () => 3_600_000, 3_600_000],
    ['an async policy value', async () => 7_200_000, 7_200_000],
    ['no policy value', () => undefined, DEFAULT_TTL_MS],
    ['zero', () => 0, DEFAULT_TTL_MS],
    ['negative', () => -5, DEFAULT_TTL_MS],
    ['not a number', () => Number.NaN, DEFAULT_TTL_MS],
    ['infinite', () => Number.POSITIVE_INFINITY, DEFAULT_TTL_MS],
  ])('%s → %d ms', async (_label, source, expected) => {
    expect(await resolveTtl(source)).toBe(expected);
  });

  it('defaults to 24 hours', () => {
    expect(DEFAULT_TTL_MS).toBe(24 * 60 * 60 * 1000);
  });
});

describe('expiry', () => {
  it('expires at the expiry instant, not before', () => {
    expect(isExpired({ expiresAt: 1000 }, 999)).toBe(false);
    expect(isExpired({ expiresAt: 1000 }, 1000)).toBe(true);
  });

  it('finds the earliest expiry, or none', () => {
    expect(nextExpiry([{ expiresAt: 30 }, { expiresAt: 10 }, { expiresAt: 20 }])).toBe(10);
    expect(nextExpiry([])).toBeUndefined();
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [-1, 'expiring now'],
    [0, 'expiring now'],
    [59_000, 'less than a minute left'],
    [60_000, '1 min left'],
    [59 * 60_000, '59 min left'],
    [3_600_000, '1 h 0 min left'],
    [23 * 3_600_000 + 59 * 60_000, '23 h 59 min left'],
    [26 * 3_600_000, '1 d 2 h left'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatTimeLeft(ms)).toBe(text);
  });
});
