import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InPageView } from '@/components/shared/in-page-ui';
import { inPageUi } from '@/components/shared/in-page-views';
import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import { whenTrusted } from '@/components/shared/trusted';
import { detectRealm } from '@/utils/realm/detect-realm';

// The in-page UI host against a page script that tampers with it (happy-dom; the same in the
// browser is tests/e2e/page-scripts.test.ts), and how it shows the lazily loaded in-page UI: the
// module is registered as in-page-ui.js registers it (vitest cannot import an extension URL).

const VIEW: InPageView = { kind: 'capture', props: { state: 'idle', message: 'Hello', busy: false, onCapture: () => undefined } };
const CSS = inPageUi.cssOf('capture');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let ui: ShadowHost;
let anchor: HTMLElement;

const mount = () => createShadowHost('ocg-test', (host) => anchor.insertBefore(host, anchor.firstElementChild));

beforeEach(() => {
  document.body.replaceChildren();
  anchor = document.createElement('section');
  anchor.append(document.createElement('h2'), document.createElement('table'));
  document.body.append(anchor);
  globalThis.__ocgInPageUi = inPageUi;
  ui = mount();
  ui.update(VIEW, { state: 'idle' });
});

afterEach(() => {
  ui.remove();
  delete globalThis.__ocgInPageUi;
});

const shadowText = () => ui.host.shadowRoot?.textContent;

describe('createShadowHost showing the in-page UI', () => {
  it('draws at once, in the same task, once the in-page UI is loaded', () => {
    expect(ui.host.dataset.state).toBe('idle');
    expect(ui.host.shadowRoot!.querySelector('style')!.textContent).toBe(CSS);
    expect(shadowText()).toContain('Hello');
  });

  it('adds the data-* only the view knows: the banner\'s availability', () => {
    const banner = mount();
    const onDismiss = () => undefined;
    banner.update({ kind: 'realm-banner', props: { detection: detectRealm('https://cloud.oracle.com/?region=us-ashburn-1'), overrides: {}, onDismiss } }, { realm: 'oc1' });
    expect({ ...banner.host.dataset }).toEqual({ realm: 'oc1', availability: 'unavailable' });
    banner.update({ kind: 'realm-banner', props: { detection: detectRealm('https://cloud.oracle.com/'), overrides: { oc1: { available: true } }, onDismiss } }, { realm: 'oc1' });
    expect({ ...banner.host.dataset }).toEqual({ realm: 'oc1', availability: 'available' });
    banner.remove();
  });

  it('is in the page with its data-* before the in-page UI is there, and says so in plain text when it cannot load', async () => {
    delete globalThis.__ocgInPageUi;
    const early = mount();
    early.update(VIEW, { state: 'idle' });
    expect(early.host.isConnected).toBe(true);
    expect(early.host.dataset.state).toBe('idle');
    await vi.waitFor(() => expect(early.host.shadowRoot!.querySelector('[role="alert"]')?.textContent).toMatch(/^OCI Credential Guard could not load its in-page UI \(.+\)\. Reload the page\.$/));
    early.remove();
  });
});

describe('createShadowHost against page tampering', () => {
  it('puts itself back where it was when the page removes it', async () => {
    ui.host.remove();
    await settle();
    expect(Array.from(anchor.children).map((el) => el.localName)).toEqual(['ocg-test', 'h2', 'table']);
    expect(ui.isAttached()).toBe(true);
    expect(shadowText()).toContain('Hello');
  });

  it('undoes hiding attributes and inline styles, and restores its data-* state', async () => {
    ui.host.hidden = true;
    ui.host.setAttribute('inert', '');
    ui.host.style.display = 'none';
    ui.host.style.setProperty('color-scheme', 'dark');
    ui.host.dataset.state = 'captured';
    await settle();
    expect(ui.host.hidden).toBe(false);
    expect(ui.host.hasAttribute('inert')).toBe(false);
    expect(ui.host.style.getPropertyValue('display')).toBe('block');
    expect(ui.host.style.getPropertyPriority('display')).toBe('important');
    // The base every view inherits: a :host rule could not set it against the inline `all: initial`.
    // (happy-dom drops `color: CanvasText`; the browsers' computed colours are checked end to end.)
    expect(['font-family', 'color-scheme'].map((name) => [ui.host.style.getPropertyValue(name), ui.host.style.getPropertyPriority(name)])).toEqual([
      ['system-ui, sans-serif', 'important'],
      ['light dark', 'important'],
    ]);
    expect(ui.host.dataset.state).toBe('idle');
  });

  it('restores an emptied shadow root and removes nodes the page put into it', async () => {
    ui.host.shadowRoot!.replaceChildren();
    await settle();
    expect(shadowText()).toContain('Hello');
    const overlay = document.createElement('div');
    ui.host.shadowRoot!.append(overlay);
    ui.host.shadowRoot!.querySelector('style')!.textContent = '* { display: none }';
    await settle();
    expect(overlay.isConnected).toBe(false);
    expect(ui.host.shadowRoot!.querySelector('style')!.textContent).toBe(CSS);
  });

  it('leaves the Console\'s own changes next to it alone', async () => {
    anchor.append(document.createElement('p'));
    anchor.querySelector('table')!.remove();
    await settle();
    expect(Array.from(anchor.children).map((el) => el.localName)).toEqual(['ocg-test', 'h2', 'p']);
  });

  it('gives up after repeated tampering instead of fighting the page without end', async () => {
    for (let round = 0; round < 25; round++) {
      ui.host.remove();
      await settle();
    }
    expect(ui.isAttached()).toBe(false);
  });

  it('stays removed when the extension removes it', async () => {
    ui.remove();
    await settle();
    expect(anchor.querySelector('ocg-test')).toBeNull();
  });
});

describe('whenTrusted', () => {
  it('ignores events a script dispatched and passes on the user\'s', () => {
    const handler = vi.fn();
    const button = document.createElement('button');
    button.addEventListener('click', whenTrusted(handler));
    button.click();
    button.dispatchEvent(new MouseEvent('click'));
    expect(handler).not.toHaveBeenCalled();
    const userClick = { isTrusted: true } as Event;
    whenTrusted(handler)(userClick);
    expect(handler).toHaveBeenCalledWith(userClick);
  });
});
