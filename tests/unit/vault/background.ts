import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startMessageRouter } from '@/utils/messages/listen';
import type { MessageResult } from '@/utils/messages/result';
import type { SenderInfo } from '@/utils/messages/sender';
import type { DiscardedEntryEvent, VaultEvent } from '@/utils/vault/events';
import { installVault } from '@/utils/vault/install';
import type { VaultOptions } from '@/utils/vault/vault';

// A background on fakeBrowser: the real router and vault, an audit sink that collects events, and a
// clock the test moves. fakeBrowser's sendMessage ignores promise replies (TOOLCHAIN.md), so
// messages go through onMessage.trigger, with the sender a real browser would attach.

// fakeBrowser's storage.local.getKeys only throws "not implemented"; the browsers have it (Chrome 130,
// Firefox 143) and the vault lists its items with it (utils/vault/store.ts).
fakeBrowser.storage.local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));

export const CONSOLE_URL = 'https://cloud.oracle.com/identity/domains/my-profile/oauth2-client-credentials';

export const senders = {
  content: (): SenderInfo => ({ id: fakeBrowser.runtime.id, url: CONSOLE_URL, tab: { url: CONSOLE_URL } }),
  /** The popup: lists and deletes, but may not open an item. */
  page: (): SenderInfo => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }),
  /** The handoff page, the only one the background decrypts for. */
  handoff: (): SenderInfo => {
    const url = `${fakeBrowser.runtime.getURL('/handoff.html')}?item=x`;
    return { id: fakeBrowser.runtime.id, url, tab: { url } };
  },
};

export async function send(message: unknown, sender: SenderInfo): Promise<MessageResult<unknown>> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return reply as unknown as MessageResult<unknown>;
}

/** The value of a successful reply; fails the test with the refusal otherwise. */
export async function value<T>(message: unknown, sender: SenderInfo): Promise<T> {
  const reply = await send(message, sender);
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.value as T;
}

export function startBackground(options: Omit<VaultOptions, 'audit'> & { clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: Date.now() };
  const events: (VaultEvent | DiscardedEntryEvent)[] = [];
  const router = startMessageRouter();
  const vault = installVault({ router, audit: (event) => void events.push(event), now: () => clock.now, ...options });
  return { vault, events, clock };
}

/** Everything the extension stored, for scans. */
export async function storageDump() {
  return {
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
  };
}
