import { browser } from 'wxt/browser';
import { describeIssues } from '../messages/issues';
import { vaultItemSchema, type VaultItem } from './item';
import { ITEM_KEY_PREFIX } from './storage-keys';

// One storage.local key per item (`vault.item.<id>`): a damaged item cannot take its neighbours
// with it, and concurrent writes to different items never overwrite each other. Only the
// background writes here, through the vault's serial queue.

export interface StoredItemProblem {
  key: string;
  reason: string;
}

export interface StoredItems {
  items: VaultItem[];
  /** Entries under the vault's prefix that failed validation: reported and skipped (damaged.ts decides their end). */
  problems: StoredItemProblem[];
}

/**
 * The entries under the vault's prefix. Only their keys are fetched where the browser lists keys
 * (Chrome 130, Firefox 143): storage.local also holds the audit log (up to a few MB), and reading it
 * all at every vault change made a capture take seconds with a full log.
 */
async function storedUnderPrefix(): Promise<Record<string, unknown>> {
  const { local } = browser.storage;
  if (typeof local.getKeys !== 'function') return local.get(null);
  const keys = (await local.getKeys()).filter((key) => key.startsWith(ITEM_KEY_PREFIX));
  return keys.length > 0 ? local.get(keys) : {};
}

export async function readItems(): Promise<StoredItems> {
  const result: StoredItems = { items: [], problems: [] };
  for (const [key, value] of Object.entries(await storedUnderPrefix())) {
    if (!key.startsWith(ITEM_KEY_PREFIX)) continue;
    const parsed = vaultItemSchema.safeParse(value);
    if (!parsed.success) result.problems.push({ key, reason: describeIssues(parsed.error) });
    else if (key !== ITEM_KEY_PREFIX + parsed.data.id) result.problems.push({ key, reason: `stored under another item's key (${parsed.data.id})` });
    else result.items.push(parsed.data);
  }
  return result;
}

export async function writeItem(item: VaultItem): Promise<void> {
  await browser.storage.local.set({ [ITEM_KEY_PREFIX + item.id]: vaultItemSchema.parse(item) });
}

export async function removeItems(ids: readonly string[]): Promise<void> {
  await removeEntries(ids.map((id) => ITEM_KEY_PREFIX + id));
}

/** Removes entries by their storage key, including damaged ones that have no readable id. */
export async function removeEntries(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await browser.storage.local.remove([...keys]);
}
