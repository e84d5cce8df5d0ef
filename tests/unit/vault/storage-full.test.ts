import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageResponses } from '@/utils/messages/page-requests';
import { captureSecret } from '@/utils/vault/capture';
import { senders, startBackground, storageDump, value } from './background';
import { connectContentScript, secretDialog } from './content';
import { findSecretIn } from './find-secret';
import { context } from './fixtures';

// Storage full at the moment of capture: the user is told plainly, nothing is half-written (no
// item, no audit event), the items already waiting are untouched, and capturing the same dialog
// again once there is room stores it.

const FIRST = 'i7BKNOG:1z1A)bqaY(]F';
const SECOND = 'Qm4:x(]Lp8)zR2[vT6w!';
const click = { kind: 'click', event: { isTrusted: true } } as const;

const openSecret = async (itemId: string) =>
  (await value<PageResponses['vault/open-item']>({ type: 'vault/open-item', itemId }, senders.handoff())).secret;

describe('capture when storage is full', () => {
  let sendMessage: MockInstance;
  let background: ReturnType<typeof startBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    background = startBackground();
    sendMessage = connectContentScript();
  });
  afterEach(() => {
    sendMessage.mockRestore();
    vi.restoreAllMocks();
    delete globalThis.__ocgSealer;
  });

  it.each([
    ['Chrome\'s quota error', new Error('QUOTA_BYTES quota exceeded'), /^Nothing was captured: the extension's storage is full\. Hand over or delete/],
    ['Firefox\'s quota error', Object.assign(new Error('The current transaction exceeded its quota limitations.'), { name: 'QuotaExceededError' }), /storage is full/],
    ['any other refusal', new Error('IO error: .../LOCK: No further details.'), /^Nothing was captured: the browser refused to save it\./],
  ])('says so (%s), writes nothing, keeps what was there, and stores the capture once there is room', async (_label, failure, message) => {
    const first = await captureSecret(secretDialog(FIRST), context({ credentialName: 'first' }), click);
    expect(first.ok).toBe(true);
    const before = await storageDump();
    const eventsBefore = background.events.length;

    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(failure);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dialog = secretDialog(SECOND);
    const refused = await captureSecret(dialog, context({ credentialName: 'second' }), click);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await storageDump()).toEqual(before);
    expect(background.events.length).toBe(eventsBefore);
    expect(findSecretIn(refused, SECOND)).toEqual([]);
    // The background logs why, for whoever debugs it; the log holds no secret either.
    expect(warn).toHaveBeenCalledOnce();
    expect(findSecretIn(warn.mock.calls.map(String), SECOND)).toEqual([]);
    if (first.ok) expect(await openSecret(first.itemId)).toBe(FIRST);

    set.mockRestore();
    const retried = await captureSecret(dialog, context({ credentialName: 'second' }), click);
    expect(retried).toEqual({ ok: true, itemId: expect.stringMatching(/^[0-9a-f]{32}$/), duplicate: false });
    if (retried.ok) expect(await openSecret(retried.itemId)).toBe(SECOND);
    expect(background.events.map((event) => event.kind).filter((kind) => kind === 'captured')).toHaveLength(2);
  });
});
