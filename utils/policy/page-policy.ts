import { browser } from 'wxt/browser';
import { sendContentRequest } from '../messages/send';
import type { ResolvedPolicy } from './resolve';
import { touchesPolicy } from './storage-keys';

// Content scripts: the effective policy as the background resolves it, and again each time a
// source changes (storage.onChanged reaches content scripts), so a new policy applies without
// reloading the Console. Only the newest answer counts when changes come in quick succession.

export function followPolicy(onPolicy: (resolved: ResolvedPolicy) => void, signal: AbortSignal): void {
  let latest = 0;
  const ask = () => {
    const ticket = ++latest;
    sendContentRequest({ type: 'policy/get' }).then(
      (resolved) => {
        if (ticket === latest && !signal.aborted) onPolicy(resolved);
      },
      (error: unknown) => {
        if (!signal.aborted) console.warn('OCI Credential Guard could not read the policy', error);
      },
    );
  };
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (touchesPolicy(changes, areaName)) ask();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  ask();
}
