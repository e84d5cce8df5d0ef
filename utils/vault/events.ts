import type { VaultItem } from './item';

// What the vault tells the audit trail. The audit module (utils/audit/) records these; the vault
// only knows this callback, so the two can evolve separately. No event ever carries the secret or
// the ciphertext.

export type VaultEventKind =
  | 'captured'
  | 'ocid-attached'
  | 'opened'
  | 'delivered'
  | 'deleted'
  | 'expired'
  /** The browser session that held the vault identity ended: the item can no longer be opened. */
  | 'unopenable';

/** How a secret was handed over (the handoff page's channels). */
export const HANDOFF_CHANNELS = ['email', 'file', 'read-aloud', 'print'] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];

export interface VaultEvent {
  kind: VaultEventKind;
  at: number;
  itemId: string;
  credentialName: string;
  realm?: string;
  region?: string;
  host: string;
  identityDomain?: string;
  targetUser?: string;
  ocid?: string;
  pairs: { audience: string; scope: string }[];
  capturedAt: number;
  channel?: HandoffChannel;
}

/**
 * A stored entry that failed validation was removed once its grace period was over (see
 * utils/vault/damaged.ts). Its facts could not be read, so only what the storage key tells is known.
 */
export interface DiscardedEntryEvent {
  kind: 'discarded';
  at: number;
  /** The storage.local key the entry was under. */
  key: string;
  /** Why it failed validation (zod's description: never a stored value). */
  reason: string;
  /** The item id in the key, when the key holds a well-formed one. */
  itemId?: string;
}

export type VaultAuditSink = (event: VaultEvent | DiscardedEntryEvent) => void | Promise<void>;

export function vaultEvent(kind: VaultEventKind, item: VaultItem, at: number, channel?: HandoffChannel): VaultEvent {
  const { credentialName, realm, region, host, identityDomain, targetUser, pairs } = item.context;
  return {
    kind,
    at,
    itemId: item.id,
    credentialName,
    host,
    pairs: pairs.map((pair) => ({ ...pair })),
    capturedAt: item.capturedAt,
    ...(realm !== undefined ? { realm } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(identityDomain !== undefined ? { identityDomain } : {}),
    ...(targetUser !== undefined ? { targetUser } : {}),
    ...(item.ocid !== undefined ? { ocid: item.ocid } : {}),
    ...(channel !== undefined ? { channel } : {}),
  };
}
