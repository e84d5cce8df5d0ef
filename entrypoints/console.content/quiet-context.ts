// WXT wraps main() in its ContentScriptContext, whose constructor announces every start to the page:
// a CustomEvent on `document` and a window.postMessage, both named after the extension's id, so that
// an older copy of the script stops. Any page script can listen for them and so learn that this
// extension is installed, and its id. main() does not use the context (lifetime.ts quiets old copies
// by the runtime going away), so the content-script build swaps in this one, which says nothing
// (the alias in wxt.config.ts; tests/e2e/bundle-size.test.ts checks the built script).
export class ContentScriptContext {
  constructor(readonly contentScriptName: string) {}
}
