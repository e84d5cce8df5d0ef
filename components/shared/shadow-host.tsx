import { render, type ComponentChild } from 'preact';

// Every in-page UI of the extension lives in an `ocg-*` host element with an OPEN shadow root
// (tests pierce it; the page's CSS cannot reach in, ours cannot leak out). State that tests and
// other features read is mirrored in data-* attributes on the host.

export interface ShadowHost {
  host: HTMLElement;
  /** Re-render the UI and replace the host's data-* state. */
  update(ui: ComponentChild, data?: Record<string, string>): void;
  remove(): void;
  /** False once the page removed the host (a re-render of the Console, or page tampering). */
  isAttached(): boolean;
}

export function createShadowHost(
  tag: `ocg-${string}`,
  css: string,
  place: (host: HTMLElement) => void,
): ShadowHost {
  const doc = document;
  const host = doc.createElement(tag);
  // The host must not inherit layout quirks from the Console's containers.
  host.style.all = 'initial';
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  place(host);

  let dataKeys: string[] = [];
  return {
    host,
    update(ui, data = {}) {
      for (const key of dataKeys) if (!(key in data)) host.removeAttribute(`data-${key}`);
      for (const [key, value] of Object.entries(data)) host.setAttribute(`data-${key}`, value);
      dataKeys = Object.keys(data);
      render(ui, mountPoint);
    },
    remove() {
      render(null, mountPoint);
      host.remove();
    },
    isAttached: () => host.isConnected,
  };
}
