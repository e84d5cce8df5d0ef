import { browser } from 'wxt/browser';
import { nextExpiry } from './expiry';

// One alarm, at the earliest expiry (items, and damaged entries due for removal): alarms fire even when no extension page is open and wake the
// service worker if it sleeps. Chrome may deliver it up to ~30 s late; expiry is checked again on
// every read, so a late alarm never lets an expired item be opened.

const EXPIRY_ALARM = 'ocg-vault-expiry';

export async function scheduleExpiryAlarm(items: readonly { expiresAt: number }[]): Promise<void> {
  const when = nextExpiry(items);
  if (when === undefined) await browser.alarms.clear(EXPIRY_ALARM);
  else await browser.alarms.create(EXPIRY_ALARM, { when });
}

export function onExpiryAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRY_ALARM) listener();
  });
}
