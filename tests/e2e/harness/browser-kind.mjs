// Which engine a launched Browser is, so that the shared helpers (extension pages, extension
// storage) can take the same arguments in Chromium and Firefox specs. Plain JS (typed by
// browser-kind.d.mts) because launch-browser.mjs, shared with the bench and the demo, records it.

const kinds = new WeakMap();

export function rememberKind(browser, kind) {
  kinds.set(browser, kind);
}

/** The engine of a browser started by launchBrowser(). */
export function browserKind(browser) {
  const kind = kinds.get(browser);
  if (!kind) throw new Error('This browser was not started by launchBrowser(): its engine is unknown.');
  return kind;
}
