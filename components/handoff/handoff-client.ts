import type { EncryptTo } from '@/utils/handoff/age';
import type { SealedPackage } from '@/utils/handoff/package-job';
import { sealInWorker, type RunningJob } from '@/utils/handoff/package-job-client';
import type { HandoffDocument } from '@/utils/handoff/package-schema';
import { sendPageRequest } from '@/utils/messages/send';
import type { VaultSettings } from '@/utils/policy/schema';
import { readStoredPolicy, watchStoredPolicy } from '@/utils/policy/stored-policy';
import type { HandoffChannel } from '@/utils/vault/events';
import type { VaultItemSummary } from '@/utils/vault/item';

// What the handoff page needs from the extension, behind one small interface (tests pass a fake).

export interface HandoffClient {
  /** The item and its secret: the one reply of the vault that carries a secret. */
  openItem(itemId: string): Promise<{ item: VaultItemSummary; secret: string }>;
  attachOcid(itemId: string, ocid: string): Promise<VaultItemSummary>;
  /** Keeps the region or token endpoint entered on the page with the item; the vault checks it again. */
  keepTokenEndpoint(itemId: string, entry: string): Promise<VaultItemSummary>;
  markDelivered(itemId: string, channel: HandoffChannel): Promise<void>;
  vaultSettings(): Promise<VaultSettings>;
  /** Calls back with the new settings when the policy changes; returns the unsubscribe function. */
  watchVaultSettings(onChange: (settings: VaultSettings) => void): () => void;
  /** In a Worker: the package and its QR code for the print sheet. */
  seal(document: HandoffDocument, to: EncryptTo): RunningJob<SealedPackage>;
}

export function browserHandoffClient(): HandoffClient {
  return {
    openItem: (itemId) => sendPageRequest({ type: 'vault/open-item', itemId }),
    attachOcid: async (itemId, ocid) => (await sendPageRequest({ type: 'vault/attach-ocid', itemId, ocid })).item,
    keepTokenEndpoint: async (itemId, entry) => (await sendPageRequest({ type: 'vault/keep-token-endpoint', itemId, entry })).item,
    markDelivered: async (itemId, channel) => void (await sendPageRequest({ type: 'vault/mark-delivered', itemId, channel })),
    vaultSettings: async () => (await readStoredPolicy()).policy.vault,
    watchVaultSettings: (onChange) => watchStoredPolicy((resolved) => onChange(resolved.policy.vault)),
    seal: (document, to) => sealInWorker(document, to),
  };
}
