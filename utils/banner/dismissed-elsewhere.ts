// What the background tells the Console tabs whose banner asked about a dismissal, when the user
// dismisses the banner of a realm in another tab: those banners go away at once, not at the next
// reload. Sent with tabs.sendMessage, which only the extension itself can do, so the content script
// only checks the shape. No zod here: this file is part of the content script.

export const DISMISSED_ELSEWHERE = 'realm-banner/dismissed-elsewhere';

export interface DismissedElsewhere {
  type: typeof DISMISSED_ELSEWHERE;
  realm: string;
}

export const dismissedElsewhere = (realm: string): DismissedElsewhere => ({ type: DISMISSED_ELSEWHERE, realm });

/** Whether `message` says that the banner of `realm` was dismissed. */
export function isDismissedElsewhere(message: unknown, realm: string): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { type, realm: dismissed } = message as Partial<DismissedElsewhere>;
  return type === DISMISSED_ELSEWHERE && dismissed === realm;
}
