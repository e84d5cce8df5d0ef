import { z } from 'zod';
import { browser } from 'wxt/browser';
import { parseIdentityFile, X25519_RECIPIENT } from '../handoff/age-keys';

// "Request a credential" keeps the recipient's identity only when asked, and then only in
// storage.session (browser API): memory, gone when the browser exits, out of content scripts'
// reach (Chrome's TRUSTED_CONTEXTS default; Firefox never exposes it to them). "Open a package"
// offers it back, so a recipient who asked need not pick the file again in the same session.

export const KEPT_IDENTITY_KEY = 'recipient.identity';

const keptIdentitySchema = z.strictObject({
  identityFile: z.string().max(4096).refine((text) => {
    try {
      return parseIdentityFile(text).length === 1;
    } catch {
      return false;
    }
  }, 'must be an age identity file with one X25519 identity'),
  recipient: z.string().regex(X25519_RECIPIENT),
  /** When "Request a credential" generated it (epoch ms). */
  created: z.number().int().nonnegative(),
});
export type KeptIdentity = z.infer<typeof keptIdentitySchema>;

export async function keepIdentity(identity: KeptIdentity): Promise<void> {
  await browser.storage.session.set({ [KEPT_IDENTITY_KEY]: keptIdentitySchema.parse(identity) });
}

/** The kept identity, or undefined when none is kept (or what is stored is not one). */
export async function readKeptIdentity(): Promise<KeptIdentity | undefined> {
  const parsed = keptIdentitySchema.safeParse((await browser.storage.session.get(KEPT_IDENTITY_KEY))[KEPT_IDENTITY_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function forgetIdentity(): Promise<void> {
  await browser.storage.session.remove(KEPT_IDENTITY_KEY);
}
