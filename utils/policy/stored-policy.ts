import { browser } from 'wxt/browser';
import { resolvePolicy, type ResolvedPolicy } from './resolve';
import type { PolicyDocument } from './schema';
import { LOCAL_POLICY_KEY, touchesPolicy } from './storage-keys';
import { parsePolicyDocument } from './validate';

// The effective policy as the browser stores its sources: storage.managed (set by the enterprise)
// and the local policy imported in the options page. Used by the background and the extension's
// pages; content scripts ask the background ('policy/get') so that zod stays out of the page.

/**
 * Chrome answers `{}` when no policy is set. Firefox rejects when no policies.json entry exists for
 * the extension ("Managed storage manifest not found"): no managed policy either.
 */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

export async function readStoredPolicy(): Promise<ResolvedPolicy> {
  const [managed, stored] = await Promise.all([readManaged(), browser.storage.local.get(LOCAL_POLICY_KEY)]);
  return resolvePolicy({ managed, local: stored[LOCAL_POLICY_KEY] });
}

/** The imported local policy as stored, when there is one and it is valid (the deployment templates start from it). */
export async function readLocalPolicy(): Promise<PolicyDocument | undefined> {
  const stored = (await browser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY];
  if (stored === undefined) return undefined;
  const parsed = parsePolicyDocument(stored);
  return parsed.ok ? parsed.policy : undefined;
}

/** Calls back with the new effective policy whenever a source changes; returns the unsubscribe. */
export function watchStoredPolicy(onChange: (resolved: ResolvedPolicy) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (touchesPolicy(changes, areaName)) void readStoredPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Stores an already validated local policy (validate with validateLocalPolicy first). */
export async function saveLocalPolicy(policy: PolicyDocument): Promise<void> {
  await browser.storage.local.set({ [LOCAL_POLICY_KEY]: policy });
}

export async function clearLocalPolicy(): Promise<void> {
  await browser.storage.local.remove(LOCAL_POLICY_KEY);
}
