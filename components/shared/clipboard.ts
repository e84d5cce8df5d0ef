// The clipboard from an extension page (navigator.clipboard: writing after a click needs no
// permission). A copied secret is overwritten after a delay; the browser refuses clipboard writes
// while the page is not focused (the user is usually pasting elsewhere by then), so a refused
// clear is tried again as soon as the page gets focus back. Reading the clipboard would need
// another permission, so whatever is there at that moment is overwritten.

/** How long a copied secret stays on the clipboard. */
export const SECRET_CLIPBOARD_MS = 30_000;

export type ClearState = 'pending' | 'waiting-for-focus' | 'cleared';

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** Empties the clipboard after `delayMs`, reporting each state; returns a function that stops it. */
export function clearClipboardLater(delayMs: number, onState: (state: ClearState) => void): () => void {
  let stopped = false;
  const attempt = () => {
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
        window.addEventListener('focus', attempt, { once: true });
      },
    );
  };
  const timer = setTimeout(attempt, delayMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('focus', attempt);
  };
}
