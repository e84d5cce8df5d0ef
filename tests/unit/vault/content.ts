import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sealSecret } from '@/utils/vault/seal';
import { senders } from './background';

// The content script's side on fakeBrowser: its messages reach the test background with a content
// script's sender, and the sealer is the real one, registered as sealer.js would register it (a
// dynamic import of an extension URL cannot run under vitest).

export function connectContentScript() {
  globalThis.__ocgSealer = { seal: sealSecret };
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, senders.content() as never, () => undefined);
    return reply;
  }) as never);
}

/** A secret dialog as the Console renders it: current generation (input) or legacy (span). */
export function secretDialog(secret: string, generation: 'current' | 'legacy' = 'current') {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  let secretElement: HTMLElement;
  if (generation === 'current') {
    const input = document.createElement('input');
    input.readOnly = true;
    input.setAttribute('aria-label', 'Secret');
    input.value = secret;
    secretElement = input;
  } else {
    const container = document.createElement('div');
    container.dataset.testId = 'secret-container';
    secretElement = document.createElement('span');
    secretElement.textContent = `\n  ${secret}\n`;
    container.append(secretElement);
  }
  element.append(secretElement.parentElement === null ? secretElement : secretElement.parentElement);
  document.body.append(element);
  return { element, secretElement };
}
