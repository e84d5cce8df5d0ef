import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageRefused } from '@/utils/messages/result';
import { sendContentRequest, sendPageRequest } from '@/utils/messages/send';

// fakeBrowser's sendMessage only forwards replies given through sendResponse; these listeners
// answer that way, as the real polyfill does for a returned promise.
function answerWith(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(reply);
    return true;
  });
}

describe('typed senders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('return the value of a successful reply', async () => {
    answerWith({ ok: true, value: { recipient: 'age1abc' } });
    await expect(sendContentRequest({ type: 'vault/get-recipient' })).resolves.toEqual({ recipient: 'age1abc' });
  });

  it('throw a refusal with the background’s message', async () => {
    answerWith({ ok: false, error: 'This item is no longer in the vault.' });
    const sent = sendPageRequest({ type: 'vault/open-item', itemId: '0123456789abcdef0123456789abcdef' });
    await expect(sent).rejects.toBeInstanceOf(MessageRefused);
    await expect(sent).rejects.toThrow('This item is no longer in the vault.');
  });

  it.each([['nothing', undefined], ['a bare value', { items: [] }], ['a string', 'ok']])('treat %s as no answer', async (_label, reply) => {
    answerWith(reply);
    await expect(sendPageRequest({ type: 'vault/list' })).rejects.toThrow(`The extension's background did not answer "vault/list".`);
  });
});
