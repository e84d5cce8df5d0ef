import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DISMISSED_KEY, installBannerDismissals } from '@/utils/banner/install-dismissals';
import { dismissedRealms, withDismissed } from '@/utils/banner/dismissals';
import { startMessageRouter } from '@/utils/messages/listen';
import { detectConsoleViews } from '@/utils/console/detect';
import { detectRealm } from '@/utils/realm/detect-realm';
import type { InPageView } from '@/components/shared/in-page-ui';
import { inPageUi } from '@/components/shared/in-page-views';
import { realmBannerFeature } from '@/entrypoints/console.content/features/realm-banner';
import { send, senders } from '../vault/background';
import { credentialsListHtml, mountConsole, SNIPPET_STYLES } from '../console/snippets';

// The realm banner's dismissal, remembered for the browser session: the stored list (pure), the
// background's messages on storage.session (fakeBrowser), and the content script's banner feature.

describe('the stored list of dismissed realms', () => {
  it.each<[string, unknown, string[]]>([
    ['nothing stored', undefined, []],
    ['a list of realm keys', ['oc1', 'unknown'], ['oc1', 'unknown']],
    ['not a list', 'oc1', []],
    ['a list with something else in it', ['oc1', 'https://evil.example'], []],
    ['a list far too long', Array.from({ length: 101 }, () => 'oc1'), []],
  ])('%s', (_label, stored, expected) => {
    expect(dismissedRealms(stored)).toEqual(expected);
  });

  it.each<[string, unknown, string, string[]]>([
    ['adds to nothing', undefined, 'oc4', ['oc4']],
    ['adds once', ['oc1'], 'oc1', ['oc1']],
    ['keeps the others, sorted', ['unknown', 'oc2'], 'oc1', ['oc1', 'oc2', 'unknown']],
    ['starts again over garbage', { oc1: true }, 'oc2', ['oc2']],
  ])('withDismissed %s', (_label, stored, realm, expected) => {
    expect(withDismissed(stored, realm)).toEqual(expected);
  });
});

describe('the background (storage.session)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installBannerDismissals({ router: startMessageRouter() });
  });
  const ask = async (message: { type: string; realm: string }) => send(message, senders.content());

  it('remembers a dismissal per realm in storage.session only', async () => {
    expect(await ask({ type: 'realm-banner/dismissed', realm: 'oc1' })).toEqual({ ok: true, value: { dismissed: false } });
    expect(await ask({ type: 'realm-banner/dismiss', realm: 'oc1' })).toEqual({ ok: true, value: { dismissed: true } });
    expect(await ask({ type: 'realm-banner/dismissed', realm: 'oc1' })).toEqual({ ok: true, value: { dismissed: true } });
    expect(await ask({ type: 'realm-banner/dismissed', realm: 'oc2' })).toEqual({ ok: true, value: { dismissed: false } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [DISMISSED_KEY]: ['oc1'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('forgets it with the session', async () => {
    await ask({ type: 'realm-banner/dismiss', realm: 'unknown' });
    fakeBrowser.storage.session.resetState();
    expect(await ask({ type: 'realm-banner/dismissed', realm: 'unknown' })).toEqual({ ok: true, value: { dismissed: false } });
  });

  it('refuses a realm that is not a realm key', async () => {
    const reply = await ask({ type: 'realm-banner/dismiss', realm: 'cloud.oracle.com' });
    expect(reply.ok).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('the realm banner feature', () => {
  const detection = detectRealm('https://cloud.oracle.com/identity/domains/my-profile?region=us-ashburn-1');
  const [, style] = SNIPPET_STYLES[0]!;
  const banner = () => document.querySelector<HTMLElement>('ocg-realm-banner');
  let dismissed: boolean;
  let messages: { type: string; realm: string }[];
  // The banner's last view, as the in-page UI drew it: its onDismiss is what the user's click calls.
  let drawn: InPageView | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.__ocgInPageUi = {
      ...inPageUi,
      render(view, root) {
        drawn = view;
        return inPageUi.render(view, root);
      },
    };
    mountConsole(document, { page: credentialsListHtml(style, [{ name: 'oic-prod', ocid: 'ocid1.credential.oc1..aaaaaaaaaaaaaaaaaaaaaaaa' }]) });
    messages = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; realm: string }) => {
      messages.push(message);
      return { ok: true, value: { dismissed: message.type === 'realm-banner/dismiss' || dismissed } };
    }) as never);
  });
  afterEach(() => {
    delete globalThis.__ocgInPageUi;
    vi.restoreAllMocks();
  });

  function start() {
    const feature = realmBannerFeature(detection);
    feature.update(detectConsoleViews(document));
    return feature;
  }

  it('keeps its host empty until the background answers, and takes it away when dismissed this session', async () => {
    dismissed = true;
    const feature = start();
    expect(banner()?.shadowRoot?.textContent).toBe('');
    await vi.waitFor(() => expect(banner()).toBeNull());
    feature.update(detectConsoleViews(document));
    expect(banner()).toBeNull();
    expect(messages).toEqual([{ type: 'realm-banner/dismissed', realm: 'oc1' }]);
  });

  it('stays when it was not dismissed, and tells the background when the user dismisses it', async () => {
    dismissed = false;
    const feature = start();
    await vi.waitFor(() => expect(banner()?.dataset).toMatchObject({ realm: 'oc1', availability: 'unavailable' }));
    feature.update(detectConsoleViews(document));
    if (drawn?.kind !== 'realm-banner') throw new Error('the banner was not drawn');
    drawn.props.onDismiss();
    expect(banner()).toBeNull();
    feature.update(detectConsoleViews(document));
    expect(banner()).toBeNull();
    expect(messages).toEqual([
      { type: 'realm-banner/dismissed', realm: 'oc1' },
      { type: 'realm-banner/dismiss', realm: 'oc1' },
    ]);
  });

  it('shows when the background cannot answer', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    start();
    await vi.waitFor(() => expect(banner()?.dataset).toMatchObject({ realm: 'oc1', availability: 'unavailable' }));
  });

  it('asks nothing on a page without the banner', () => {
    mountConsole(document, {});
    start();
    expect(banner()).toBeNull();
    expect(messages).toEqual([]);
  });
});
