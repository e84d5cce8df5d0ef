// The content script's only watch on the Console: one MutationObserver for added and removed nodes
// (panels, dialogs, rows and late content all arrive that way). Its callback runs in the task that
// changed the DOM, before the next frame is painted, so whatever we add for a change (our ocg-*
// hosts) is painted with it. That makes the callback hot: it first asks `relevant` (cheap, e.g.
// relevance.ts) and only then calls `onChange`, so a storm of irrelevant changes costs no detection.
// Attribute and text changes are not watched: nothing we detect appears through them alone.

export interface ConsoleWatch {
  /** Whether this batch of records may change what the page shows us. */
  relevant(records: MutationRecord[]): boolean;
  onChange(): void;
}

/** Calls `watch.onChange` in the observer's callback for each relevant batch of changes, until `signal` aborts. */
export function observeConsole(doc: Document, watch: ConsoleWatch, signal: AbortSignal): void {
  if (signal.aborted) return;
  const view = doc.defaultView;
  if (!view) return;
  const observer = new view.MutationObserver((records) => {
    if (!signal.aborted && watch.relevant(records)) watch.onChange();
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
