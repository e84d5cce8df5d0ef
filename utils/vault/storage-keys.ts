// Where the vault keeps things (docs/vault.md explains why). Kept apart from the schemas so that
// pages watching for changes do not pull zod in.

/** storage.local: one key per item, `vault.item.<id>`. */
export const ITEM_KEY_PREFIX = 'vault.item.';

/** storage.local: when each damaged item entry was first found (utils/vault/damaged.ts). */
export const DAMAGED_KEY = 'vault.damaged';

/** storage.session: the vault's age identity for this browser session. */
export const IDENTITY_KEY = 'vault.identity';
