import { browser } from 'wxt/browser';
import type { MessageRouter } from '../messages/router';
import { dismissedRealms, withDismissed } from './dismissals';

// Background side (uses storage.session): the realm banner's dismissal lasts until the browser
// restarts, across reloads and tabs of the same realm. storage.session is cleared when the browser
// exits, and Chrome keeps it from content scripts by default; Firefox offers it to background pages.

export const DISMISSED_KEY = 'realmBanner.dismissed';

async function stored(): Promise<unknown> {
  return (await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY];
}

/** Call synchronously at the background's top level, after startMessageRouter(). */
export function installBannerDismissals({ router }: { router: MessageRouter }): void {
  router.onContent('realm-banner/dismissed', async ({ realm }) => ({ dismissed: dismissedRealms(await stored()).includes(realm) }));
  router.onContent('realm-banner/dismiss', async ({ realm }) => {
    await browser.storage.session.set({ [DISMISSED_KEY]: withDismissed(await stored(), realm) });
    return { dismissed: true };
  });
}
