import { messageOf } from '@/utils/message-of';
import { inPageUiNow, loadInPageUi, type InPageUiModule, type InPageView } from './in-page-ui';

// The host must not inherit layout quirks from the Console's containers, nor be hidden by its CSS.
// `all: initial` also resets the font (to the browser's serif), the colour scheme and the colour, and
// a :host rule cannot beat an !important inline style: every in-page UI's base type and colours are
// set here; system colours (Canvas, CanvasText) inside follow the user's light or dark preference.
// (Custom properties are not reset by `all`: a view's :host may still define those.) Written as one
// attribute: setting `all` through element.style serialises every longhand (~10 kB) at each write.
const HOST_STYLE =
  'all: initial !important; display: block !important; font: 14px/1.4 system-ui, sans-serif !important; color-scheme: light dark !important; color: CanvasText !important;';

// Every in-page UI of the extension lives in an `ocg-*` host element with an OPEN shadow root
// (tests pierce it; the page's CSS cannot reach in, ours cannot leak out). State that tests and
// other features read is mirrored in data-* attributes on the host.
//
// The host, its guard and its data-* are the content script's, there in the same task as the
// Console's trigger; what it shows is drawn by the lazily loaded in-page UI (in-page-ui.ts), at once
// when that is loaded, else as soon as it is. Should it fail to load, the host says so in plain text.
//
// The Console page's own scripts can reach the host, so the host guards itself: removed from its
// place, hidden by an attribute or inline style, or its shadow root emptied or filled with other
// nodes, it puts itself back as it was. Page stylesheets cannot hide it (its inline style is
// !important). After MAX_REPAIRS it gives up and stays as the page left it: no fight without end.

export interface ShadowHost {
  host: HTMLElement;
  /** An element inside the shadow root, after the UI, for a lazily loaded module's own UI; kept by the guard. */
  moduleSlot: HTMLElement;
  /** Replace the host's data-* state now and show the view (now, or once the in-page UI is loaded). */
  update(view: InPageView, data?: Record<string, string>): void;
  remove(): void;
  /** False once the host is out of the document (a re-render of the Console took its place away). */
  isAttached(): boolean;
}

const MAX_REPAIRS = 20;

export function createShadowHost(tag: `ocg-${string}`, place: (host: HTMLElement) => void): ShadowHost {
  const doc = document;
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  const mountPoint = doc.createElement('div');
  // Where a lazily loaded module (the scope assistant) renders its own UI: part of the guarded shape.
  const moduleSlot = doc.createElement('div');
  // The content script's data-* (set at once) and the view's own (set when it draws).
  let data: Record<string, string> = {};
  let viewData: Record<string, string> = {};
  // The view's stylesheet, known once the in-page UI has drawn it.
  let css = '';
  let view: InPageView | null = null;
  let removed = false;

  /** The host's attributes as we set them: our inline style and data-*, nothing else. Unchanged ones are not touched. */
  function restoreHost(): void {
    const state = { ...viewData, ...data };
    for (const { name } of Array.from(host.attributes)) {
      if (name !== 'style' && !(name.startsWith('data-') && Object.hasOwn(state, name.slice(5)))) host.removeAttribute(name);
    }
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const [key, value] of Object.entries(state)) {
      if (host.getAttribute(`data-${key}`) !== value) host.setAttribute(`data-${key}`, value);
    }
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

  /** Draws the latest view, unless the host was removed meanwhile. */
  function draw(ui: InPageUiModule): void {
    if (removed || !view) return;
    repair(guard.takeRecords());
    css = ui.cssOf(view.kind);
    restoreShadow();
    viewData = ui.render(view, mountPoint);
    restoreHost();
    guard.takeRecords();
  }

  function failed(error: unknown): void {
    if (removed) return;
    const note = doc.createElement('p');
    note.setAttribute('role', 'alert');
    // No view stylesheet came with the failure: the note paints its own background, as the views do.
    note.style.setProperty('background', 'Canvas');
    note.style.setProperty('padding', '4px 8px');
    note.textContent = `OCI Credential Guard could not load its in-page UI (${messageOf(error)}). Reload the page.`;
    mountPoint.replaceChildren(note);
  }

  return {
    host,
    moduleSlot,
    update(next, nextData = {}) {
      repair(guard.takeRecords());
      data = { ...nextData };
      restoreHost();
      guard.takeRecords();
      view = next;
      const ui = inPageUiNow();
      if (ui) draw(ui);
      else loadInPageUi().then(draw, failed);
    },
    remove() {
      removed = true;
      guard.disconnect();
      inPageUiNow()?.clear(mountPoint);
      host.remove();
    },
    isAttached: () => host.isConnected,
  };
}
