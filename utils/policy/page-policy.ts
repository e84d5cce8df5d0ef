import { browser } from 'wxt/browser';
import { sendContentRequest } from '../messages/send';
import type { ResolvedPolicy } from './resolve';
import { touchesPolicy } from './storage-keys';
import { messageOf } from '../message-of';

// Content scripts: the effective policy as the background resolves it, and again each time a
// source changes (storage.onChanged reaches content scripts), so a new policy applies without
// reloading the Console. Only the newest request counts when changes come in quick succession, and
// its failure is reported too: a caller enforcing "block" must not mistake silence for "no policy".

export interface PolicyFollower {
  onPolicy(resolved: ResolvedPolicy): void;
  /** The newest request failed; `message` says why. */
  onFailure(message: string): void;
}

export function followPolicy(follower: PolicyFollower, signal: AbortSignal): void {
  let latest = 0;
  const ask = () => {
    const ticket = ++latest;
    const current = () => ticket === latest && !signal.aborted;
    sendContentRequest({ type: 'policy/get' }).then(
      (resolved) => {
        if (current()) follower.onPolicy(resolved);
      },
      (error: unknown) => {
        if (!current()) return;
        console.warn('OCI Credential Guard could not read the policy', error);
        follower.onFailure(messageOf(error));
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
