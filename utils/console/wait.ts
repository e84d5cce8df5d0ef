// Waiting for the Console to re-render after we clicked or typed: a MutationObserver checks the
// condition whenever the document changes (no polling), and a timeout turns silence into an error
// that says what was awaited.

export function waitFor<T>(doc: Document, probe: () => T | null | undefined, what: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const initial = probe();
    if (initial) {
      resolve(initial);
      return;
    }
    const view = doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => {
      try {
        const value = probe();
        if (!value) return;
        finish();
        resolve(value);
      } catch (error) {
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The Console did not show ${what} within ${timeoutMs} ms.`));
    }, timeoutMs);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(doc, { childList: true, subtree: true });
  });
}
