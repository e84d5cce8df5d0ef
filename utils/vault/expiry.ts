import type { VaultItem } from './item';

// How long a captured secret waits for its handoff. Policy may set it; anything unusable falls back
// to the default rather than keeping a secret forever or purging it at once.

export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;

/** Supplies the current time to live in milliseconds (the policy's, later); undefined = default. */
export type TtlSource = () => number | undefined | Promise<number | undefined>;

export async function resolveTtl(source: TtlSource | undefined): Promise<number> {
  const ttl = await source?.();
  return typeof ttl === 'number' && Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_MS;
}

export function isExpired(item: Pick<VaultItem, 'expiresAt'>, now: number): boolean {
  return now >= item.expiresAt;
}

/** The earliest expiry among the items: where the single expiry alarm goes. */
export function nextExpiry(items: readonly Pick<VaultItem, 'expiresAt'>[]): number | undefined {
  return items.length === 0 ? undefined : Math.min(...items.map((item) => item.expiresAt));
}
