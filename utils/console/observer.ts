import { isOwnUi } from './text';

// The content script's only watch on the Console: one MutationObserver for added and removed nodes
// (panels, dialogs, rows and late content all arrive that way), its records coalesced into at most
// one callback per animation frame. Changes inside our own `ocg-*` hosts, or that only add or remove
// such a host, are not the Console changing and are ignored. Attribute and text changes are not
// watched: nothing we detect appears through them alone.

function isOwnChange(record: MutationRecord): boolean {
  if (isOwnUi(record.target)) return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => isOwnUi(node));
}

/** Calls `onChange` once per frame in which the Console's DOM changed, until `signal` aborts. */
export function observeConsole(doc: Document, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const view = doc.defaultView;
  if (!view) return;
  let frame: number | undefined;
  const observer = new view.MutationObserver((records) => {
    if (frame !== undefined || records.every(isOwnChange)) return;
    frame = view.requestAnimationFrame(() => {
      frame = undefined;
      onChange();
    });
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
