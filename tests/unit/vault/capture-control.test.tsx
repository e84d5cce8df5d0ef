import { afterEach, beforeEach, describe, expect, it, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountCapture } from '@/components/capture/mount-capture';
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

function mount(secret = SECRET) {
  const dialog = secretDialog(secret);
  return { dialog, ...mountCapture({ dialog, context: () => context(), place: (host) => dialog.element.append(host) }) };
}

describe('<ocg-capture>', () => {
  let sendMessage: MockInstance;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    startBackground();
    sendMessage = connectContentScript();
  });
  afterEach(() => {
    sendMessage.mockRestore();
    delete globalThis.__ocgSealer;
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
    expect(sendMessage).not.toHaveBeenCalled();
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
});
