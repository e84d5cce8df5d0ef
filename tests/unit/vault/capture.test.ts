import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageResponses } from '@/utils/messages/page-requests';
import { captureSecret, prepareCapture } from '@/utils/vault/capture';
import { senders, startBackground, storageDump, value } from './background';
import { connectContentScript, secretDialog } from './content';
import { findSecretIn } from './find-secret';
import { context } from './fixtures';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const click = { kind: 'click', event: { isTrusted: true } } as const;

const list = () => value<PageResponses['vault/list']>({ type: 'vault/list' }, senders.page());
const openSecret = async (itemId: string) =>
  (await value<PageResponses['vault/open-item']>({ type: 'vault/open-item', itemId }, senders.handoff())).secret;

describe('captureSecret (content script)', () => {
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

  it.each(['current', 'legacy'] as const)('seals the secret of a %s dialog into the vault', async (generation) => {
    const outcome = await captureSecret(secretDialog(SECRET, generation), context(), click);
    expect(outcome).toEqual({ ok: true, itemId: expect.stringMatching(/^[0-9a-f]{32}$/), duplicate: false });
    if (outcome.ok) expect(await openSecret(outcome.itemId)).toBe(SECRET);
  });

  it('sends only ciphertext: no message carries the secret, nor does storage', async () => {
    await captureSecret(secretDialog(SECRET), context(), click);
    expect(sendMessage.mock.calls.length).toBe(2);
    expect(findSecretIn(sendMessage.mock.calls, SECRET)).toEqual([]);
    expect(findSecretIn(await storageDump(), SECRET)).toEqual([]);
  });

  it('captures nothing on a synthetic click, and does not even ask the background', async () => {
    const dialog = secretDialog(SECRET);
    const outcome = await captureSecret(dialog, context(), { kind: 'click', event: new MouseEvent('click') });
    expect(outcome).toEqual({ ok: false, error: 'Nothing was captured: capture needs a real click on the button.' });
    expect(sendMessage).not.toHaveBeenCalled();
    expect((await list()).items).toEqual([]);
  });

  it('captures on the policy’s automatic request without a click', async () => {
    expect(await captureSecret(secretDialog(SECRET), context(), { kind: 'policy' })).toMatchObject({ ok: true });
  });

  it('makes one item of the same dialog captured twice', async () => {
    const dialog = secretDialog(SECRET);
    const first = await captureSecret(dialog, context(), click);
    const second = await captureSecret(dialog, context(), { kind: 'policy' });
    expect(second).toEqual({ ok: true, itemId: first.ok ? first.itemId : '', duplicate: true });
    expect((await list()).items).toHaveLength(1);
  });

  it('makes separate items of separate dialogs', async () => {
    await captureSecret(secretDialog(SECRET), context(), click);
    await captureSecret(secretDialog(SECRET), context(), click);
    expect((await list()).items).toHaveLength(2);
  });

  it('makes a new item when the Console reuses a dialog element for a new secret', async () => {
    const dialog = secretDialog(SECRET);
    await captureSecret(dialog, context(), click);
    (dialog.secretElement as HTMLInputElement).value = 'aNewSecret:(]after-regenerate';
    const second = await captureSecret(dialog, context(), click);
    expect(second).toMatchObject({ ok: true, duplicate: false });
    if (second.ok) expect(await openSecret(second.itemId)).toBe('aNewSecret:(]after-regenerate');
  });

  it('refuses an empty secret field', async () => {
    expect(await captureSecret(secretDialog(''), context(), click)).toEqual({ ok: false, error: 'Nothing was captured: the secret field is empty.' });
    expect((await list()).items).toEqual([]);
  });

  it('passes on the background’s refusal, which never quotes the secret', async () => {
    const outcome = await captureSecret(secretDialog(SECRET), context({ credentialName: '' }), click);
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/context\.credentialName: the credential name is empty/) });
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
  });

  it('uses what was fetched when the dialog showed: the capture itself only seals and stores', async () => {
    const needs = prepareCapture();
    await needs();
    sendMessage.mockClear();
    const outcome = await captureSecret(secretDialog(SECRET), context(), click, needs);
    expect(outcome).toMatchObject({ ok: true, duplicate: false });
    expect(sendMessage.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['vault/store-capture']);
  });

  it('asks again at capture for a recipient that could not be fetched ahead', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const needs = prepareCapture();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const outcome = await captureSecret(secretDialog(SECRET), context(), click, needs);
    expect(outcome).toMatchObject({ ok: true });
    expect(sendMessage.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual([
      'vault/get-recipient',
      'vault/get-recipient',
      'vault/store-capture',
    ]);
  });

  it('reports a sealer that cannot load without details', async () => {
    delete globalThis.__ocgSealer;
    vi.resetModules(); // a fresh loader: the one above already holds the sealer
    const fresh = await import('@/utils/vault/capture');
    const outcome = await fresh.captureSecret(secretDialog(SECRET), context(), click);
    expect(outcome).toEqual({ ok: false, error: 'Nothing was captured: the secret could not be sealed into the vault.' });
  });
});
