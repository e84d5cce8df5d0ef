// Who sent a runtime message. Web pages cannot reach runtime.onMessage at all (the manifest has no
// externally_connectable), so this separates the extension's content scripts, which run inside
// Console pages and must never get a secret back, from the extension's own pages.

/** The fields of runtime.MessageSender this check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { url?: string };
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
