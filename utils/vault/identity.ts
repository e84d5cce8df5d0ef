import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { recipientSchema } from './item';
import { IDENTITY_KEY } from './storage-keys';

// The vault's X25519 identity lives only in storage.session: in memory, kept while the service worker
// sleeps, gone when the browser exits or the extension reloads. Chrome gives storage.session the
// TRUSTED_CONTEXTS access level by default (content scripts cannot read it) and this code never
// changes that; Firefox does not expose storage.session to content scripts at all.

const sessionIdentitySchema = z.object({
  identity: z.string().regex(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/),
  recipient: recipientSchema,
});
export type VaultIdentity = z.infer<typeof sessionIdentitySchema>;

async function loadOrCreate(): Promise<VaultIdentity> {
  const stored = sessionIdentitySchema.safeParse((await browser.storage.session.get(IDENTITY_KEY))[IDENTITY_KEY]);
  if (stored.success) return stored.data;
  const identity = await generateX25519Identity();
  const created = { identity, recipient: await identityToRecipient(identity) };
  await browser.storage.session.set({ [IDENTITY_KEY]: created });
  return created;
}

/**
 * The session identity, created on first use. One promise per background lifetime, so concurrent
 * first requests (several tabs capturing while the worker starts) share one identity.
 */
export function createIdentityKeeper(): () => Promise<VaultIdentity> {
  let current: Promise<VaultIdentity> | undefined;
  return () => {
    current ??= loadOrCreate().catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  };
}
