import { browser } from 'wxt/browser';

// The toolbar badge counts items awaiting handoff. MV3 calls the toolbar button `action`, Firefox's
// MV2 build `browserAction`.

export async function showAwaitingCount(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: '#1f5f99' });
}
