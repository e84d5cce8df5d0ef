import { z } from 'zod';
import { browser } from 'wxt/browser';
import { DEFAULT_TTL_MS } from './expiry';
import { itemIdSchema } from './item';
import { DAMAGED_KEY, ITEM_KEY_PREFIX } from './storage-keys';
import type { StoredItemProblem } from './store';

// A stored entry that fails validation (a damaged write, a newer or older format, tampering) is
// skipped and shown in the popup with the reason. It is not opened, not repaired and not kept
// forever: it is removed once it has been damaged for as long as an item lives by default, which
// leaves a day to notice and look into it. When each was first found is kept in storage.local
// (`vault.damaged`), so the grace period survives a browser restart.

export const DAMAGED_GRACE_MS = DEFAULT_TTL_MS;

export interface DamagedEntry extends StoredItemProblem {
  foundAt: number;
  removesAt: number;
}

const foundAtSchema = z.record(z.string(), z.number().int().nonnegative());

/** What a damaged entry's key says about its item, for the audit trail. */
export function itemIdInKey(key: string): string | undefined {
  const id = key.slice(ITEM_KEY_PREFIX.length);
  return itemIdSchema.safeParse(id).success ? id : undefined;
}

/**
 * Notes when each problem was first found, forgets entries that are no longer damaged, and returns
 * the damaged entries with the time each is due for removal.
 */
export async function trackDamaged(problems: readonly StoredItemProblem[], now: number): Promise<DamagedEntry[]> {
  const stored: unknown = (await browser.storage.local.get(DAMAGED_KEY))[DAMAGED_KEY];
  const parsed = foundAtSchema.safeParse(stored);
  const known = parsed.success ? parsed.data : {};
  const found: Record<string, number> = {};
  for (const { key } of problems) found[key] = known[key] ?? now;
  const sameKeys = parsed.success && Object.keys(known).length === problems.length && problems.every(({ key }) => key in known);
  if (problems.length === 0 && stored !== undefined) await browser.storage.local.remove(DAMAGED_KEY);
  else if (problems.length > 0 && !sameKeys) await browser.storage.local.set({ [DAMAGED_KEY]: found });
  return problems.map((problem) => {
    const foundAt = found[problem.key] ?? now;
    return { ...problem, foundAt, removesAt: foundAt + DAMAGED_GRACE_MS };
  });
}
