import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageRouter, type MessageRouter } from '@/utils/messages/router';
import { MessageRefused } from '@/utils/messages/result';
import type { SenderInfo } from '@/utils/messages/sender';

const extension = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const fromPage: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/handoff.html?item=x' };
const fromContent: SenderInfo = { id: 'ext', url: 'https://cloud.oracle.com/', tab: { url: 'https://cloud.oracle.com/' } };
const fromElsewhere: SenderInfo = { id: 'other', url: 'chrome-extension://other/page.html' };
const ITEM = '0123456789abcdef0123456789abcdef';

describe('message router', () => {
  let router: MessageRouter;
  beforeEach(() => {
    router = createMessageRouter(extension);
  });

  it('hands a valid page message to its handler and wraps the answer', async () => {
    const handler = vi.fn(async () => ({ deleted: true }));
    router.onPage('vault/delete-item', handler);
    expect(await router.dispatch({ type: 'vault/delete-item', itemId: ITEM }, fromPage)).toEqual({ ok: true, value: { deleted: true } });
    expect(handler).toHaveBeenCalledWith({ type: 'vault/delete-item', itemId: ITEM }, fromPage);
  });

  it('never lets a content script open an item, even with a handler registered', async () => {
    const open = vi.fn(async () => ({ item: {} as never, secret: 'x' }));
    router.onPage('vault/open-item', open);
    const reply = await router.dispatch({ type: 'vault/open-item', itemId: ITEM }, fromContent);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Refused "vault\/open-item" from a content script: type: /) });
    expect(open).not.toHaveBeenCalled();
  });

  it('does not take content messages from extension pages', async () => {
    const handler = vi.fn(async () => ({ recipient: 'age1x' }));
    router.onContent('vault/get-recipient', handler);
    expect(await router.dispatch({ type: 'vault/get-recipient' }, fromPage)).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses messages from anyone but this extension', async () => {
    const handler = vi.fn(async () => ({ items: [], problems: [] }));
    router.onPage('vault/list', handler);
    expect(await router.dispatch({ type: 'vault/list' }, fromElsewhere)).toEqual({
      ok: false,
      error: `Refused "vault/list": it came neither from this extension's pages nor from its content script.`,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'vault/list', /\(whole value\): Invalid input: expected object/],
    ['no type', {}, /type: Invalid discriminator value/],
    ['an unknown type', { type: 'vault/steal' }, /Refused "vault\/steal".*Invalid discriminator value/],
    ['a malformed item id', { type: 'vault/delete-item', itemId: '../../etc' }, /itemId: must be 32 lowercase hex digits/],
    ['an unknown channel', { type: 'vault/mark-delivered', itemId: ITEM, channel: 'pigeon' }, /channel: Invalid option/],
    ['an extra field', { type: 'vault/list', secret: 'x' }, /Unrecognized key: "secret"/],
  ])('refuses a page message with %s', async (_label, message, error) => {
    expect(await router.dispatch(message, fromPage)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('refuses a capture whose ciphertext is not an age file, without echoing what it carried', async () => {
    router.onContent('vault/store-capture', vi.fn());
    const plaintext = 'i7BKNOG:1z1A)bqaY(]F';
    const reply = await router.dispatch(
      { type: 'vault/store-capture', captureId: ITEM, sealed: plaintext, context: { credentialName: plaintext } },
      fromContent,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/sealed: must be an armored age file/) });
    expect(JSON.stringify(reply)).not.toContain(plaintext);
  });

  it('passes a handler refusal on to the sender', async () => {
    router.onPage('vault/open-item', async () => {
      throw new MessageRefused('This item is no longer in the vault.');
    });
    expect(await router.dispatch({ type: 'vault/open-item', itemId: ITEM }, fromPage)).toEqual({
      ok: false,
      error: 'This item is no longer in the vault.',
    });
  });

  it('turns an unexpected failure into a generic error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    router.onPage('vault/list', async () => {
      throw new TypeError('storage exploded');
    });
    expect(await router.dispatch({ type: 'vault/list' }, fromPage)).toEqual({
      ok: false,
      error: 'The background could not complete "vault/list".',
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('says when no handler answers a valid message', async () => {
    expect(await router.dispatch({ type: 'vault/list' }, fromPage)).toEqual({ ok: false, error: 'Nothing in the background answers "vault/list".' });
  });

  it('refuses two handlers for one message', () => {
    router.onPage('vault/list', async () => ({ items: [], problems: [] }));
    expect(() => router.onPage('vault/list', async () => ({ items: [], problems: [] }))).toThrow('Two background handlers for "vault/list".');
  });

  describe('a page message limited to some pages', () => {
    const open = vi.fn(async () => ({ item: {} as never, secret: 'x' }));
    const pageAt = (path: string): SenderInfo => ({ id: 'ext', url: `chrome-extension://ext/${path}` });
    beforeEach(() => {
      open.mockClear();
      router.onPage('vault/open-item', open, { pages: ['handoff.html'] });
    });

    it.each(['handoff.html', 'handoff.html?item=x', 'handoff.html#top'])('is answered for %s', async (path) => {
      expect(await router.dispatch({ type: 'vault/open-item', itemId: ITEM }, pageAt(path))).toMatchObject({ ok: true });
    });

    it.each([
      ['popup.html', 'popup.html'],
      ['options.html?handoff.html', 'options.html'],
      ['pages/handoff.html', 'pages/handoff.html'],
    ])('is refused for %s, naming the page', async (path, named) => {
      expect(await router.dispatch({ type: 'vault/open-item', itemId: ITEM }, pageAt(path))).toEqual({
        ok: false,
        error: `Refused "vault/open-item" from ${named}: only handoff.html may ask for it.`,
      });
      expect(open).not.toHaveBeenCalled();
    });

    it('leaves other page messages open to every page', async () => {
      router.onPage('vault/list', async () => ({ items: [], problems: [] }));
      expect(await router.dispatch({ type: 'vault/list' }, pageAt('popup.html'))).toMatchObject({ ok: true });
    });
  });
});
