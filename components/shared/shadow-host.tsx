import { render, type ComponentChild } from 'preact';

// Every in-page UI of the extension lives in an `ocg-*` host element with an OPEN shadow root
// (tests pierce it; the page's CSS cannot reach in, ours cannot leak out). State that tests and
// other features read is mirrored in data-* attributes on the host.
//
// The Console page's own scripts can reach the host, so the host guards itself: removed from its
// place, hidden by an attribute or inline style, or its shadow root emptied or filled with other
// nodes, it puts itself back as it was. Page stylesheets cannot hide it (its inline style is
// !important). After MAX_REPAIRS it gives up and stays as the page left it: no fight without end.

export interface ShadowHost {
  host: HTMLElement;
  /** An element inside the shadow root, after the UI, for a lazily loaded module's own UI; kept by the guard. */
  moduleSlot: HTMLElement;
  /** Re-render the UI and replace the host's data-* state. */
  update(ui: ComponentChild, data?: Record<string, string>): void;
  remove(): void;
  /** False once the host is out of the document (a re-render of the Console took its place away). */
  isAttached(): boolean;
}

const MAX_REPAIRS = 20;

export function createShadowHost(
  tag: `ocg-${string}`,
  css: string,
  place: (host: HTMLElement) => void,
): ShadowHost {
  const doc = document;
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  const mountPoint = doc.createElement('div');
  // Where a lazily loaded module (the scope assistant) renders its own UI: part of the guarded shape.
  const moduleSlot = doc.createElement('div');
  let data: Record<string, string> = {};

  /** The host's attributes as we set them: our inline style and data-*, nothing else. */
  function restoreHost(): void {
    for (const { name } of Array.from(host.attributes)) {
      if (name !== 'style' && !(name.startsWith('data-') && Object.hasOwn(data, name.slice(5)))) host.removeAttribute(name);
    }
    // The host must not inherit layout quirks from the Console's containers, nor be hidden by its CSS.
    host.removeAttribute('style');
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'block', 'important');
    for (const [key, value] of Object.entries(data)) host.setAttribute(`data-${key}`, value);
  }

  function restoreShadow(): void {
    if (style.textContent !== css) style.textContent = css;
    const [first, second, third] = Array.from(shadow.childNodes);
    if (shadow.childNodes.length !== 3 || first !== style || second !== mountPoint || third !== moduleSlot) shadow.replaceChildren(style, mountPoint, moduleSlot);
  }

  restoreHost();
  restoreShadow();
  place(host);
  const parent = host.parentNode;
  let repairs = 0;

  function repair(records: MutationRecord[]): void {
    // The Console adding or removing its own nodes next to the host is not tampering.
    const removal = records.find((record) => Array.from(record.removedNodes).includes(host));
    if (!removal && records.every((record) => record.target === parent)) return;
    if (++repairs > MAX_REPAIRS) return guard.disconnect();
    if (removal && parent?.isConnected && host.parentNode !== parent) {
      const after = removal.previousSibling?.parentNode === parent ? removal.previousSibling : null;
      const before = removal.nextSibling?.parentNode === parent ? removal.nextSibling : null;
      parent.insertBefore(host, after ? after.nextSibling : before);
    }
    restoreHost();
    restoreShadow();
    // Our own repairs are not tampering.
    guard.takeRecords();
  }

  const guard = new MutationObserver(repair);
  guard.observe(host, { attributes: true });
  guard.observe(shadow, { childList: true });
  guard.observe(style, { childList: true, characterData: true, subtree: true });
  if (parent) guard.observe(parent, { childList: true });

  return {
    host,
    moduleSlot,
    update(ui, next = {}) {
      repair(guard.takeRecords());
      data = { ...next };
      restoreHost();
      render(ui, mountPoint);
      guard.takeRecords();
    },
    remove() {
      guard.disconnect();
      render(null, mountPoint);
      host.remove();
    },
    isAttached: () => host.isConnected,
  };
}
