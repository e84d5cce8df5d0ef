import { afterEach, beforeEach, describe, expect, it, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountCapture } from '@/components/capture/mount-capture';
import { mountSecretLost } from '@/components/capture/mount-secret-lost';
import { inPageUi } from '@/components/shared/in-page-views';
import { CLOSE_BLOCKED, CLOSE_WARNING, SECRET_LOST, type BeforeCloseRule } from '@/utils/vault/before-close';
import { startBackground } from './background';
import { connectContentScript, secretDialog } from './content';
import { context } from './fixtures';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';

const settled = (host: HTMLElement, state: string) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (host.dataset.state === state && host.shadowRoot?.querySelector('button')?.getAttribute('aria-busy') !== 'true') resolve();
      else if (Date.now() - started > 2000) reject(new Error(`host stayed ${host.dataset.state}`));
      else setTimeout(poll, 5);
    };
    poll();
  });

function mount(secret = SECRET, beforeClose: BeforeCloseRule = 'off') {
  const dialog = secretDialog(secret);
  return { dialog, ...mountCapture({ dialog, beforeClose, context: () => context(), place: (host) => dialog.element.append(host) }) };
}

/** Gives the dialog a Close button and Escape handling that remove it, as the Console's do. */
function closable(dialog: HTMLElement) {
  const close = document.createElement('button');
  close.textContent = 'Close';
  const closeDialog = () => dialog.remove();
  close.addEventListener('click', closeDialog);
  dialog.addEventListener('keydown', (event) => event.key === 'Escape' && closeDialog());
  dialog.append(close);
  return {
    clickClose: () => close.click(),
    pressEscape: () => close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
  };
}

describe('<ocg-capture>', () => {
  let sendMessage: MockInstance;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    startBackground();
    sendMessage = connectContentScript();
    // As in-page-ui.js registers it (vitest cannot import an extension URL).
    globalThis.__ocgInPageUi = inPageUi;
  });
  afterEach(() => {
    sendMessage.mockRestore();
    delete globalThis.__ocgSealer;
    delete globalThis.__ocgInPageUi;
  });

  it('mounts an open shadow host in the idle state with its button', () => {
    const { host, dialog } = mount();
    expect(host.localName).toBe('ocg-capture');
    expect(host.parentElement).toBe(dialog.element);
    expect(host.dataset.state).toBe('idle');
    expect(host.dataset.message).toMatch(/shown only once/);
    expect(host.shadowRoot?.querySelector('button')?.textContent).toBe('Capture into handoff vault');
  });

  it('refuses a click made by a page script and says why', async () => {
    const { host } = mount();
    host.shadowRoot!.querySelector('button')!.click();
    await settled(host, 'error');
    expect(host.dataset.message).toBe('Nothing was captured: capture needs a real click on the button.');
    // Only what was fetched ahead when the dialog showed (the vault's public recipient): nothing stored.
    expect(sendMessage.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['vault/get-recipient']);
  });

  it('captures automatically for the policy and shows the captured state, never the secret', async () => {
    const { host, captureNow, isCaptured } = mount();
    expect(await captureNow()).toMatchObject({ ok: true, duplicate: false });
    await settled(host, 'captured');
    expect(isCaptured()).toBe(true);
    expect(host.shadowRoot!.querySelector('button')!.disabled).toBe(true);
    expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/Sealed into the handoff vault/);
    expect(host.shadowRoot!.textContent).not.toContain(SECRET);
    expect([...host.attributes].map((attribute) => attribute.value).join(' ')).not.toContain(SECRET);
  });

  it('keeps the captured state when a later attempt fails', async () => {
    const { host, captureNow } = mount();
    await captureNow();
    host.shadowRoot!.querySelector('button')!.disabled = false;
    host.shadowRoot!.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.dataset.state).toBe('captured');
  });

  it('is removed with its host', () => {
    const { host, remove } = mount();
    remove();
    expect(host.isConnected).toBe(false);
  });

  describe('closing the dialog before capture', () => {
    it('lets it close when the policy does not mind', () => {
      const { dialog, host } = mount(SECRET, 'off');
      closable(dialog.element).clickClose();
      expect(dialog.element.isConnected).toBe(false);
      expect(host.dataset.beforeClose).toBe('off');
    });

    it('warns once, focuses the capture button, then lets the next close through', () => {
      const { dialog, host } = mount(SECRET, 'warn');
      const { clickClose, pressEscape } = closable(dialog.element);
      pressEscape();
      expect(dialog.element.isConnected).toBe(true);
      expect(host.dataset.message).toBe(CLOSE_WARNING);
      expect(host.dataset.state).toBe('idle');
      expect(host.shadowRoot!.activeElement).toBe(host.shadowRoot!.querySelector('button'));
      clickClose();
      expect(dialog.element.isConnected).toBe(false);
    });

    it('blocks every close until the secret is captured', async () => {
      const { dialog, host, captureNow } = mount(SECRET, 'block');
      const { clickClose, pressEscape } = closable(dialog.element);
      clickClose();
      pressEscape();
      clickClose();
      expect(dialog.element.isConnected).toBe(true);
      expect(host.dataset.message).toBe(CLOSE_BLOCKED);
      await captureNow();
      await settled(host, 'captured');
      clickClose();
      expect(dialog.element.isConnected).toBe(false);
    });

    it('follows a policy change while the dialog is open, and lets go when removed', () => {
      const { dialog, host, setBeforeClose, remove } = mount(SECRET, 'off');
      const { clickClose } = closable(dialog.element);
      setBeforeClose('block');
      expect(host.dataset.beforeClose).toBe('block');
      clickClose();
      expect(dialog.element.isConnected).toBe(true);
      remove();
      clickClose();
      expect(dialog.element.isConnected).toBe(false);
    });
  });

  describe('the dialog gone', () => {
    it('without a capture or a close the user was let through: lost, recorded under block', async () => {
      for (const [rule, decision] of [
        ['off', { lost: false }],
        ['warn', { lost: true, audit: false, message: SECRET_LOST }],
        ['block', { lost: true, audit: true, message: SECRET_LOST }],
      ] as const) {
        const { dialog, dialogGone, remove } = mount(SECRET, rule);
        dialog.element.remove();
        expect(await dialogGone()).toEqual(decision);
        remove();
      }
    });

    it('after the warned close went through: not lost', async () => {
      const { dialog, dialogGone } = mount(SECRET, 'warn');
      const { clickClose } = closable(dialog.element);
      clickClose();
      clickClose();
      expect(dialog.element.isConnected).toBe(false);
      expect(await dialogGone()).toEqual({ lost: false });
    });

    it('while a capture runs: waits for it, and a capture that succeeds is not lost', async () => {
      const { dialog, captureNow, dialogGone } = mount(SECRET, 'block');
      const capturing = captureNow();
      dialog.element.remove();
      expect(await dialogGone()).toEqual({ lost: false });
      expect(await capturing).toMatchObject({ ok: true });
    });
  });

  it('shows a lost secret in its own host, with the credential name, until dismissed by a real click only', () => {
    const shown = mountSecretLost({ credentialName: 'orders-sync', message: SECRET_LOST, place: (host) => document.body.append(host) });
    expect(shown.host.localName).toBe('ocg-capture');
    expect(shown.host.dataset).toMatchObject({ state: 'lost', message: SECRET_LOST });
    const alert = shown.host.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe(`orders-sync: ${SECRET_LOST}Dismiss`);
    shown.host.shadowRoot!.querySelector('button')!.click();
    expect(shown.host.isConnected).toBe(true);
    shown.remove();
    expect(shown.host.isConnected).toBe(false);
  });

  it('runs one capture at a time: a second request while one runs gets the same outcome', async () => {
    const { captureNow } = mount();
    const [first, second] = await Promise.all([captureNow(), captureNow()]);
    expect(second).toBe(first);
    expect(sendMessage.mock.calls.filter(([message]) => (message as { type: string }).type === 'vault/store-capture')).toHaveLength(1);
  });
});
