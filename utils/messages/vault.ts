import { z } from 'zod';
import { HANDOFF_CHANNELS } from '../vault/events';
import { captureContextSchema, itemIdSchema, sealedSchema, type VaultItemSummary } from '../vault/item';
import type { DamagedEntry } from '../vault/damaged';

// The vault's messages. Content scripts may only hand sealed secrets and page facts in; only the
// extension's own pages may list, open, deliver or delete items. Objects are strict: a message with
// a field nobody expects (a stray `secret`) is refused rather than silently trimmed.

const seenCredentialSchema = z.strictObject({
  name: z.string().min(1).max(256),
  ocid: z.string().max(256),
  targetUser: z.string().max(256).optional(),
});

export const vaultContentRequests = [
  /** The session recipient (public key) to seal a secret to. */
  z.strictObject({ type: z.literal('vault/get-recipient') }),
  /** A sealed secret and its context. `captureId` is the item id: sending it twice stores one item. */
  z.strictObject({
    type: z.literal('vault/store-capture'),
    captureId: itemIdSchema,
    sealed: sealedSchema,
    context: captureContextSchema,
  }),
  /** Credentials (name + OCID) the Console lists or shows, to attach OCIDs to waiting items. */
  z.strictObject({ type: z.literal('vault/credentials-seen'), credentials: z.array(seenCredentialSchema).max(500) }),
] as const;

export interface VaultContentResponses {
  'vault/get-recipient': { recipient: string };
  'vault/store-capture': { itemId: string; duplicate: boolean };
  'vault/credentials-seen': { attached: number };
}

export const vaultPageRequests = [
  z.strictObject({ type: z.literal('vault/list') }),
  /** Decrypts one item for the handoff page. The only message whose reply carries a secret. */
  z.strictObject({ type: z.literal('vault/open-item'), itemId: itemIdSchema }),
  z.strictObject({ type: z.literal('vault/delete-item'), itemId: itemIdSchema }),
  z.strictObject({ type: z.literal('vault/mark-delivered'), itemId: itemIdSchema, channel: z.enum(HANDOFF_CHANNELS) }),
  /** The OCID the user typed on the handoff page when the Console did not show it. */
  z.strictObject({ type: z.literal('vault/attach-ocid'), itemId: itemIdSchema, ocid: z.string().max(256) }),
  /** The region or token endpoint the user entered on the handoff page when the Console's realm and region did not give it. */
  z.strictObject({ type: z.literal('vault/keep-token-endpoint'), itemId: itemIdSchema, entry: z.string().max(2048) }),
] as const;

export interface VaultPageResponses {
  'vault/list': { items: VaultItemSummary[]; problems: DamagedEntry[] };
  'vault/open-item': { item: VaultItemSummary; secret: string };
  'vault/delete-item': { deleted: boolean };
  'vault/mark-delivered': { delivered: true };
  'vault/attach-ocid': { item: VaultItemSummary };
  'vault/keep-token-endpoint': { item: VaultItemSummary };
}
