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

/** The stored list with `realm` added once. */
export function withDismissed(stored: unknown, realm: string): string[] {
  const realms = dismissedRealms(stored);
  return realms.includes(realm) ? realms : [...realms, realm].sort();
}
