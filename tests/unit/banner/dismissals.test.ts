import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DISMISSED_KEY, TABS_KEY, installBannerDismissals } from '@/utils/banner/install-dismissals';
import { dismissedElsewhere, isDismissedElsewhere } from '@/utils/banner/dismissed-elsewhere';
import { MAX_TABS_ASKED, dismissedRealms, tabsAsked, withDismissed, withTabAsked, withoutTabs } from '@/utils/banner/dismissals';
import { startMessageRouter } from '@/utils/messages/listen';
import { detectConsoleViews } from '@/utils/console/detect';
import { detectRealm } from '@/utils/realm/detect-realm';
import type { InPageView } from '@/components/shared/in-page-ui';
import { inPageUi } from '@/components/shared/in-page-views';
import { realmBannerFeature } from '@/entrypoints/console.content/features/realm-banner';
import { CONSOLE_URL, send, senders } from '../vault/background';
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

describe('the stored list of tabs whose banner asked', () => {
  const many = Array.from({ length: MAX_TABS_ASKED }, (_, index) => index + 1);
  it.each<[string, unknown, number, number[]]>([
    ['adds to nothing', undefined, 7, [7]],
    ['moves a tab that asks again to the end', [3, 7, 9], 7, [3, 9, 7]],
    ['drops the oldest past the limit', many, 99, [...many.slice(1), 99]],
    ['starts again over garbage', ['7', -1], 4, [4]],
  ])('withTabAsked %s', (_label, stored, tabId, expected) => {
    expect(withTabAsked(stored, tabId)).toEqual(expected);
  });

  it.each<[string, unknown, number[]]>([
    ['nothing stored', undefined, []],
    ['not a list of tab ids', [1, 'two'], []],
    ['far too long', [...many, 0], []],
  ])('tabsAsked: %s', (_label, stored, expected) => {
    expect(tabsAsked(stored)).toEqual(expected);
  });

  it('withoutTabs forgets the given tabs', () => {
    expect(withoutTabs([1, 2, 3, 4], [2, 4, 9])).toEqual([1, 3]);
  });
});

describe('the message that a realm was dismissed elsewhere', () => {
  it.each<[string, unknown, boolean]>([
    ['for this realm', dismissedElsewhere('oc1'), true],
    ['for another realm', dismissedElsewhere('oc2'), false],
    ['another message', { type: 'realm-banner/dismiss', realm: 'oc1' }, false],
    ['not an object', 'realm-banner/dismissed-elsewhere', false],
    ['null', null, false],
  ])('%s', (_label, message, expected) => {
    expect(isDismissedElsewhere(message, 'oc1')).toBe(expected);
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

  describe('telling the other tabs', () => {
    const fromTab = (id: number) => ({ ...senders.content(), tab: { id, url: CONSOLE_URL } });
    let told: [number, unknown][];
    let closed: Set<number>;
    beforeEach(() => {
      told = [];
      closed = new Set();
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
        if (closed.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        told.push([tabId, message]);
      }) as never);
    });
    afterEach(() => vi.restoreAllMocks());

    it('tells every tab whose banner asked, remembered in storage.session (the worker may restart in between), and forgets closed ones', async () => {
      await send({ type: 'realm-banner/dismissed', realm: 'oc1' }, fromTab(11));
      await send({ type: 'realm-banner/dismissed', realm: 'oc2' }, fromTab(12));
      await send({ type: 'realm-banner/dismissed', realm: 'oc1' }, fromTab(13));
      expect(await fakeBrowser.storage.session.get(TABS_KEY)).toEqual({ [TABS_KEY]: [11, 12, 13] });
      closed.add(13);

      // A new background (a restarted service worker) finds the tabs in storage.session.
      fakeBrowser.runtime.onMessage.removeAllListeners();
      installBannerDismissals({ router: startMessageRouter() });
      expect(await send({ type: 'realm-banner/dismiss', realm: 'oc1' }, fromTab(11))).toEqual({ ok: true, value: { dismissed: true } });
      // Each tab checks the realm itself: a tab of another realm is told too, and ignores it.
      expect(told).toEqual([
        [11, dismissedElsewhere('oc1')],
        [12, dismissedElsewhere('oc1')],
      ]);
      expect(await fakeBrowser.storage.session.get(TABS_KEY)).toEqual({ [TABS_KEY]: [11, 12] });
    });

    it('still records the dismissal when telling the tabs fails', async () => {
      vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
      await send({ type: 'realm-banner/dismissed', realm: 'oc4' }, fromTab(5));
      expect(await send({ type: 'realm-banner/dismiss', realm: 'oc4' }, fromTab(6))).toEqual({ ok: true, value: { dismissed: true } });
      expect(await fakeBrowser.storage.session.get(null)).toEqual({ [DISMISSED_KEY]: ['oc4'], [TABS_KEY]: [] });
    });
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

  it('takes the banner away when the background says it was dismissed in another tab, and stops listening when stopped', async () => {
    dismissed = false;
    const feature = start();
    await vi.waitFor(() => expect(banner()?.dataset).toMatchObject({ realm: 'oc1', availability: 'unavailable' }));
    await fakeBrowser.runtime.onMessage.trigger(dismissedElsewhere('oc2'), {} as never, () => undefined);
    expect(banner()).not.toBeNull();
    await fakeBrowser.runtime.onMessage.trigger(dismissedElsewhere('oc1'), {} as never, () => undefined);
    expect(banner()).toBeNull();
    feature.update(detectConsoleViews(document));
    expect(banner()).toBeNull();
    feature.stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('asks nothing on a page without the banner', () => {
    mountConsole(document, {});
    start();
    expect(banner()).toBeNull();
    expect(messages).toEqual([]);
  });
});
