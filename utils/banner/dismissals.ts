import { z } from 'zod';

// Which realms' availability banners the user dismissed this browser session: a list of realm keys
// (`unknown` for Consoles the realm table does not know), kept in storage.session by the background
// (install-dismissals.ts). Whatever else is stored there counts as nothing dismissed.

/** A realm key as the banner names it: `oc1`…, or `unknown`. */
export const DISMISSED_REALM = /^(?:oc\d{1,3}|unknown)$/;

const dismissedSchema = z.array(z.string().regex(DISMISSED_REALM)).max(100);

/** The stored list, or none when it is missing or not a list of realm keys. */
export function dismissedRealms(stored: unknown): string[] {
  const parsed = dismissedSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** At most this many tabs are remembered; the oldest go first (a closed tab is only found out when told). */
export const MAX_TABS_ASKED = 50;

const tabsSchema = z.array(z.number().int().nonnegative()).max(MAX_TABS_ASKED);

/** The stored list of tabs whose banner asked, or none when it is missing or not such a list. */
export function tabsAsked(stored: unknown): number[] {
  const parsed = tabsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** The stored list with `tabId` added (moved to the end when it was there), the oldest dropped past the limit. */
export function withTabAsked(stored: unknown, tabId: number): number[] {
  return [...tabsAsked(stored).filter((id) => id !== tabId), tabId].slice(-MAX_TABS_ASKED);
}

/** The stored list with `tabIds` removed. */
export function withoutTabs(stored: unknown, tabIds: readonly number[]): number[] {
  return tabsAsked(stored).filter((id) => !tabIds.includes(id));
}

/** The stored list with `realm` added once. */
export function withDismissed(stored: unknown, realm: string): string[] {
  const realms = dismissedRealms(stored);
  return realms.includes(realm) ? realms : [...realms, realm].sort();
}
