// Who sent a runtime message. Web pages cannot reach runtime.onMessage at all (the manifest has no
// externally_connectable), so this separates the extension's content scripts, which run inside
// Console pages and must never get a secret back, from the extension's own pages.

/** The fields of runtime.MessageSender this check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** runtime.getURL('/'), e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  baseUrl: string;
}

export type SenderKind = 'content-script' | 'extension-page' | 'unknown';

export function classifySender(sender: SenderInfo, extension: ExtensionIdentity): SenderKind {
  if (sender.id !== extension.id) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(extension.baseUrl)) {
    // One of our pages, unless it sits in a web page's tab (it would be framed by that page).
    const tabUrl = sender.tab?.url;
    if (tabUrl !== undefined && !tabUrl.startsWith(extension.baseUrl)) return 'unknown';
    if (sender.origin !== undefined && sender.origin !== extension.baseUrl.replace(/\/$/, '')) return 'unknown';
    return 'extension-page';
  }
  if (sender.tab !== undefined && url.startsWith('https://')) return 'content-script';
  return 'unknown';
}

/**
 * Which of the extension's pages sent a message, e.g. `handoff.html` (query and fragment dropped);
 * undefined for anything that is not one of its pages. Chromium reports the URL the page was loaded
 * from: a page that rewrites its own URL with history.replaceState still counts as the page it is
 * (checked in tests/e2e/vault-capture.test.ts).
 */
export function senderPage(sender: SenderInfo, extension: ExtensionIdentity): string | undefined {
  if (classifySender(sender, extension) !== 'extension-page' || !sender.url) return undefined;
  return new URL(sender.url).pathname.replace(/^\//, '');
}
