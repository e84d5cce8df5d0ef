// The clipboard from an extension page (navigator.clipboard: writing after a click needs no
// permission). A copied secret is overwritten after a delay, by a timer, with no user action.
// Chromium allows that write while the page is focused. Firefox allows it without a recent user
// action only under the clipboardWrite permission, which the Firefox build asks for (wxt.config.ts;
// tests/e2e/firefox/clipboard.test.ts) so that the secret goes even if the user walked away. A
// refused clear (Chromium while the user is elsewhere, a Firefox that still refuses) is tried again
// when the page gets focus back and at the user's next key or pointer press on it. Reading the
// clipboard would need another permission, so whatever is there then is overwritten.

/** How long a copied secret stays on the clipboard. */
export const SECRET_CLIPBOARD_MS = 30_000;

export type ClearState = 'pending' | 'waiting-for-focus' | 'cleared';

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** What gives a page the focus back (Chromium) or a user activation (Firefox without clipboardWrite): a refused clear is retried on each. */
const RETRY_EVENTS = ['focus', 'keydown', 'pointerdown'] as const;

/** Empties the clipboard after `delayMs`, reporting each state; returns a function that stops it. */
export function clearClipboardLater(delayMs: number, onState: (state: ClearState) => void): () => void {
  let stopped = false;
  const stopWaiting = () => RETRY_EVENTS.forEach((type) => window.removeEventListener(type, attempt, true));
  function attempt() {
    stopWaiting();
    if (stopped) return;
    navigator.clipboard.writeText('').then(
      () => {
        if (stopped) return;
        stopped = true;
        onState('cleared');
      },
      () => {
        if (stopped) return;
        onState('waiting-for-focus');
        // Capture phase: the page's own handlers cannot stop the retry.
        RETRY_EVENTS.forEach((type) => window.addEventListener(type, attempt, true));
      },
    );
  }
  const timer = setTimeout(attempt, delayMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWaiting();
  };
}
