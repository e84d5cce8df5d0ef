import { z } from 'zod';
import type { ScopePair } from '../findings/finding';
import { CREDENTIAL_OCID } from './ocid';

// A vault item is one captured secret, sealed with age to the vault's session recipient, plus the
// non-secret facts a handoff needs. Items are stored in storage.local and parsed with these schemas
// on every read: storage is input like any other. The objects are strict, so a field that has no
// business there (a plaintext `secret`) makes the item invalid instead of being carried along.

export const VAULT_SCHEMA_VERSION = 1;

/** 128 random bits as hex, chosen by the content script when it first sees a secret dialog. */
export const itemIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex digits');

/** An age X25519 recipient (public key). Post-quantum and tag recipients are not used by the vault. */
export const recipientSchema = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'must be an age X25519 recipient (age1…)');

/** An armored age file. A sealed 20-character secret is about 300 characters; the bound is generous. */
export const sealedSchema = z
  .string()
  .max(16_384)
  .regex(/^-----BEGIN AGE ENCRYPTED FILE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END AGE ENCRYPTED FILE-----\r?\n?$/, 'must be an armored age file');

const timestamp = z.number().int().nonnegative();

const scopePairSchema = z.strictObject({
  audience: z.string().max(2048),
  scope: z.string().max(2048),
}) satisfies z.ZodType<ScopePair>;

/** What the content script saw around the secret dialog. Never the secret. */
export const captureContextSchema = z.strictObject({
  credentialName: z.string().min(1, 'the credential name is empty').max(256),
  description: z.string().max(4096),
  /** The audience/scope pairs as submitted in the Generate panel. */
  pairs: z.array(scopePairSchema).max(50),
  /** Realm key (oc1, oc2, …); absent when the Console host did not tell. */
  realm: z.string().regex(/^[a-z][a-z0-9]{1,15}$/).optional(),
  region: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  /** The Console host the credential was created on. */
  host: z.string().min(1).max(253),
  identityDomain: z.string().max(256).optional(),
  targetUser: z.string().max(256).optional(),
  /** When the Console showed the secret (the credential's creation, as far as the page tells). */
  createdAt: timestamp,
});
export type CaptureContext = z.infer<typeof captureContextSchema>;

/** What a stored token endpoint that is not short text reads as: no https:// address, so asked again. */
export const UNREADABLE_TOKEN_ENDPOINT = '(unreadable)';

const itemFields = {
  schemaVersion: z.literal(VAULT_SCHEMA_VERSION),
  id: itemIdSchema,
  context: captureContextSchema,
  /** Background clock at capture; the time to live counts from here. */
  capturedAt: timestamp,
  expiresAt: timestamp,
  ocid: z.string().regex(CREDENTIAL_OCID).optional(),
  /**
   * The token endpoint the administrator entered on the handoff page when the Console's realm and
   * region did not give it (not a secret). Checked when read back (utils/realm/endpoint-entry.ts
   * keptTokenEndpoint), so a stale or altered value gets a message there, not a damaged item: a
   * value that is not even short text is read as UNREADABLE_TOKEN_ENDPOINT, which that check refuses.
   */
  tokenEndpoint: z.string().max(2048).optional().catch(UNREADABLE_TOKEN_ENDPOINT),
};

const sealedItemSchema = z.strictObject({
  ...itemFields,
  state: z.literal('sealed'),
  sealed: sealedSchema,
  /** The session recipient the secret was sealed to: tells whether this session can still open it. */
  recipient: recipientSchema,
});

/** Sealed to an identity that is gone (browser restarted): the ciphertext is purged, the facts kept. */
const unopenableItemSchema = z.strictObject({
  ...itemFields,
  state: z.literal('unopenable'),
  lostAt: timestamp,
});

export const vaultItemSchema = z.discriminatedUnion('state', [sealedItemSchema, unopenableItemSchema]);
export type VaultItem = z.infer<typeof vaultItemSchema>;
export type SealedItem = z.infer<typeof sealedItemSchema>;

/** What extension pages are shown of an item: its facts, never the ciphertext. */
export interface VaultItemSummary {
  id: string;
  state: VaultItem['state'];
  context: CaptureContext;
  capturedAt: number;
  expiresAt: number;
  ocid?: string;
  /** As stored: read it with keptTokenEndpoint(). */
  tokenEndpoint?: string;
}

export function summarise(item: VaultItem): VaultItemSummary {
  const { id, state, context, capturedAt, expiresAt, ocid, tokenEndpoint } = item;
  return { id, state, context, capturedAt, expiresAt, ...(ocid ? { ocid } : {}), ...(tokenEndpoint ? { tokenEndpoint } : {}) };
}

/** The identity that sealed this item is gone: keep the facts, drop the ciphertext. */
export function markUnopenable(item: SealedItem, at: number): VaultItem {
  const { sealed: _sealed, recipient: _recipient, state: _state, ...facts } = item;
  return { ...facts, state: 'unopenable', lostAt: at };
}
