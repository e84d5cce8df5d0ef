import { browser } from 'wxt/browser';
import type { MessageRouter } from '../messages/router';
import { createSerialQueue } from '../vault/serial';
import { dismissedElsewhere } from './dismissed-elsewhere';
import { dismissedRealms, tabsAsked, withDismissed, withoutTabs, withTabAsked } from './dismissals';

// Background side (uses storage.session and tabs.sendMessage): the realm banner's dismissal lasts
// until the browser restarts, across reloads and tabs of the same realm. storage.session is cleared
// when the browser exits, and Chrome keeps it from content scripts by default; Firefox offers it to
// background pages.
//
// Other open tabs learn of a dismissal at once: the background remembers which tabs' banners asked
// (in storage.session too, as the MV3 service worker may be stopped between the question and the
// dismissal) and tells them with tabs.sendMessage, which needs no permission. A tab that no longer
// listens (closed, or gone to another site) is forgotten when told.

export const DISMISSED_KEY = 'realmBanner.dismissed';
export const TABS_KEY = 'realmBanner.tabs';

async function stored(key: string): Promise<unknown> {
  return (await browser.storage.session.get(key))[key];
}

/** Call synchronously at the background's top level, after startMessageRouter(). */
export function installBannerDismissals({ router }: { router: MessageRouter }): void {
  // Two tabs asking at once must not each write a list without the other.
  const serial = createSerialQueue();

  async function tell(realm: string): Promise<void> {
    const tabs = tabsAsked(await stored(TABS_KEY));
    const results = await Promise.allSettled(tabs.map((tabId) => browser.tabs.sendMessage(tabId, dismissedElsewhere(realm))));
    const gone = tabs.filter((_tabId, index) => results[index]?.status === 'rejected');
    if (gone.length > 0) await serial(async () => browser.storage.session.set({ [TABS_KEY]: withoutTabs(await stored(TABS_KEY), gone) }));
  }

  router.onContent('realm-banner/dismissed', async ({ realm }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await serial(async () => browser.storage.session.set({ [TABS_KEY]: withTabAsked(await stored(TABS_KEY), tabId) }));
    return { dismissed: dismissedRealms(await stored(DISMISSED_KEY)).includes(realm) };
  });
  router.onContent('realm-banner/dismiss', async ({ realm }) => {
    await serial(async () => browser.storage.session.set({ [DISMISSED_KEY]: withDismissed(await stored(DISMISSED_KEY), realm) }));
    // Every frame of every tab that asked, the dismissing one included (another of its frames may show a banner too).
    await tell(realm).catch((error: unknown) => console.warn('Could not tell the other tabs of a banner dismissal', error));
    return { dismissed: true };
  });
}
