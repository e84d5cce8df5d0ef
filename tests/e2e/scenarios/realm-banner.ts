import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  FIREFOX_EXTENSION_DIR,
  REPLICA_PATHS,
  consoleUrl,
  countOcg,
  extensionWorker,
  launchBrowser,
  openConsole,
  openCredentialsList,
  openGeneratePanel,
  serviceFrame,
  stopServiceWorker,
  waitForOcg,
  type LaunchedBrowser,
} from '../harness';

// The realm-availability banner with the built extension, at real Console URLs of each realm, in
// whichever browser the spec file launched (tests/e2e/realm-banner.test.ts, tests/e2e/firefox/).

export const REALM_CASES = [
  // What the banner names: label, the realm in its title (none for an unknown realm); region, its "Region: …." text:
  // Oracle's display name where confirmed, else the id, none where the URL names no region.
  { name: 'OC1', url: consoleUrl('cloud.oracle.com', REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1' }), realm: 'oc1', availability: 'unavailable', label: 'OC1 — commercial realm', region: 'US East (Ashburn)' },
  { name: 'OC2', url: consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials), realm: 'oc2', availability: 'available', label: 'OC2 — US Government Cloud (FedRAMP)', region: 'us-langley-1' },
  { name: 'OC3', url: consoleUrl('console.us-gov-ashburn-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials), realm: 'oc3', availability: 'available', label: 'OC3 — US Defense Cloud (DISA IL5)', region: 'us-gov-ashburn-1' },
  { name: 'OC4', url: consoleUrl('console.uk-gov-london-1.oraclegovcloud.uk', REPLICA_PATHS.myCredentials), realm: 'oc4', availability: 'unavailable', label: 'OC4 — United Kingdom Government Cloud', region: 'UK Gov South (London)' },
  { name: 'OC10', url: consoleUrl('oc10.cloud.oracle.com', REPLICA_PATHS.myCredentials), realm: 'oc10', availability: 'available', label: 'OC10 — OC10 realm', region: null },
  { name: 'OC19', url: consoleUrl('cloud.oracle.eu', REPLICA_PATHS.myCredentials, { region: 'eu-frankfurt-2' }), realm: 'oc19', availability: 'available', label: 'OC19 — EU Sovereign Cloud', region: 'EU Sovereign Central (Frankfurt)' },
  { name: 'an unknown realm', url: consoleUrl('console.us-newgov-9.oraclegovcloud.com', REPLICA_PATHS.myCredentials), realm: 'unknown', availability: 'unknown', label: null, region: null },
] as const;

export type RealmCaseName = (typeof REALM_CASES)[number]['name'];

// OC8: no other test of the banner dismisses it, and a dismissal lasts for the browser session.
const SESSION_CASE = { url: consoleUrl('console.ap-chiyoda-1.oraclecloud8.com', REPLICA_PATHS.myCredentials), realm: 'oc8', availability: 'available' };

// OC9: dismissed live across tabs; no other test of the banner opens it.
const LIVE_CASE = { url: consoleUrl('console.me-dcc-muscat-1.oraclecloud9.com', REPLICA_PATHS.myCredentials), realm: 'oc9', availability: 'available' };

/** The banner's title and region sentence (null without one), once drawn: its host carries its data before the lazy UI draws. */
async function bannerText(page: Page): Promise<{ title: string; region: string | null }> {
  const title = await (await serviceFrame(page)).waitForSelector('ocg-realm-banner >>> .title');
  const text = await title!.evaluate((element) => ({
    title: element.textContent ?? '',
    region: element.parentElement!.querySelector('.region')?.textContent ?? null,
  }));
  await title!.dispose();
  return text;
}

/** With the Generate panel open (the content script at work: the assistant's host is there), no banner came. */
async function noBannerWithPanel(page: Page): Promise<void> {
  await openGeneratePanel(page);
  await waitForOcg(page, 'ocg-scope-assistant');
  expect(await (await serviceFrame(page)).$$eval('ocg-realm-banner', (hosts) => hosts.length)).toBe(0);
}

/**
 * How the dismissal test ends the session: `browser` starts a second browser; `extension` installs
 * the build again in the same browser, which starts the extension anew as a browser start does
 * (storage.session emptied, storage.local kept) for a fraction of a second Firefox's cost.
 */
type SessionEnd = 'browser' | 'extension';

/** The dismissed realm's banner is back once the session ended the `sessionEnd` way. */
async function bannerBackAfterSessionEnds(launched: LaunchedBrowser, sessionEnd: SessionEnd): Promise<void> {
  if (sessionEnd === 'extension') {
    if (launched.kind !== 'firefox') throw new Error('sessionEnd "extension" installs the Firefox build again: use it in Firefox.');
    await launched.browser.installExtension(FIREFOX_EXTENSION_DIR);
    const fresh = await openConsole(launched.browser, SESSION_CASE.url);
    await waitForOcg(fresh, 'ocg-realm-banner', { realm: SESSION_CASE.realm, availability: SESSION_CASE.availability });
    await fresh.close();
    return;
  }
  const restarted = await launchBrowser({ browser: launched.kind });
  try {
    const fresh = await openConsole(restarted.browser, SESSION_CASE.url);
    await waitForOcg(fresh, 'ocg-realm-banner', { realm: SESSION_CASE.realm, availability: SESSION_CASE.availability });
  } finally {
    await restarted.close();
  }
}

/**
 * The banner's tests; `realms` picks which realms' pages to open (default: all of REALM_CASES);
 * `sessionEnd` how the dismissal test ends the browser session (default: a second browser).
 */
export function realmBannerTests(
  browser: () => LaunchedBrowser,
  { realms, sessionEnd = 'browser' }: { realms?: readonly RealmCaseName[]; sessionEnd?: SessionEnd } = {},
): void {
  describe('realm-availability banner', () => {
    for (const c of REALM_CASES.filter((candidate) => !realms || realms.includes(candidate.name))) {
      it(`shows ${c.availability} on the credentials list in ${c.name}`, async () => {
        const page = await openConsole(browser().browser, c.url);
        const data = await waitForOcg(page, 'ocg-realm-banner', { realm: c.realm, availability: c.availability });
        expect(data).toMatchObject({ realm: c.realm, availability: c.availability });
        const { title, region } = await bannerText(page);
        expect(title).toContain(c.label ?? 'could not be determined');
        expect(region).toBe(c.region && ` Region: ${c.region}.`);
        await page.close();
      });
    }

    // The host's inline `all: initial` resets the font to the browser's default serif unless the host sets it.
    it('draws in the in-page type, not the browser default', async () => {
      const page = await openConsole(browser().browser, REALM_CASES[1].url);
      await waitForOcg(page, 'ocg-realm-banner', { availability: 'available' });
      const fonts = await (await serviceFrame(page)).$eval('ocg-realm-banner', (host) =>
        Array.from(host.shadowRoot!.querySelectorAll('.title, .source'), (element) => getComputedStyle(element).fontFamily),
      );
      expect(fonts.length).toBeGreaterThan(1);
      for (const font of fonts) expect(font).toBe('system-ui, sans-serif');
      await page.close();
    });

    it('appears in the top-frame variant and above the Generate panel, surviving SPA navigation', async () => {
      const page = await openConsole(browser().browser, consoleUrl('cloud.oracle.com', REPLICA_PATHS.users, { region: 'us-ashburn-1' }), {
        replicaQuery: { ocgFrame: 'top' },
      });
      expect(await countOcg(page)).toBe(0);
      await openCredentialsList(page);
      await waitForOcg(page, 'ocg-realm-banner', { realm: 'oc1', availability: 'unavailable' });
      await openGeneratePanel(page);
      const inPanel = await page.waitForFunction(
        () => !!document.querySelector('#__root_layer_host [role="dialog"] ocg-realm-banner'),
        { timeout: 5_000 },
      );
      expect(inPanel).toBeTruthy();
      await page.close();
    });

    it('is dismissable with the keyboard', async () => {
      const page = await openConsole(browser().browser, REALM_CASES[0].url);
      await waitForOcg(page, 'ocg-realm-banner');
      const frame = page.frames().find((f) => f.url().includes('maui-preact')) ?? page.mainFrame();
      const button = await frame.waitForSelector('ocg-realm-banner >>> button.dismiss');
      await button!.focus();
      await page.keyboard.press('Enter');
      await frame.waitForFunction(() => !document.querySelector('ocg-realm-banner'), { timeout: 5_000 });
      await page.close();
    });

    it('stays dismissed for the browser session: after a reload and in another tab of the realm, not in a new browser', async () => {
      const page = await openConsole(browser().browser, SESSION_CASE.url);
      await waitForOcg(page, 'ocg-realm-banner', { realm: SESSION_CASE.realm, availability: SESSION_CASE.availability });
      const frame = await serviceFrame(page);
      await (await frame.waitForSelector('ocg-realm-banner >>> button.dismiss'))!.click();
      await frame.waitForFunction(() => !document.querySelector('ocg-realm-banner'), { timeout: 5_000 });

      await page.reload();
      await noBannerWithPanel(page);
      const otherTab = await openConsole(browser().browser, SESSION_CASE.url);
      await noBannerWithPanel(otherTab);

      await bannerBackAfterSessionEnds(browser(), sessionEnd);
      await page.close();
      await otherTab.close();
    });

    it('goes away at once in the other open tabs of the realm, not in those of another realm (Chromium: with the service worker stopped before)', async () => {
      const launched = browser();
      // Each tab shows its banner while in front (a background tab gets no animation frames).
      const open = async ({ url, realm, availability }: { url: string; realm: string; availability: string }) => {
        const page = await openConsole(launched.browser, url);
        await waitForOcg(page, 'ocg-realm-banner', { realm, availability });
        return page;
      };
      const first = await open(LIVE_CASE);
      const second = await open(LIVE_CASE);
      const otherRealm = await open(REALM_CASES[1]);
      // The background must find the tabs that asked after a restart of its service worker.
      if (launched.kind === 'chromium') await stopServiceWorker(launched.browser, await extensionWorker(launched.browser, launched.extensionId!));

      await first.bringToFront();
      await (await (await serviceFrame(first)).waitForSelector('ocg-realm-banner >>> button.dismiss'))!.click();
      // The second tab stays in the background, unreloaded (no animation frames there: poll by time).
      const secondFrame = await serviceFrame(second);
      await secondFrame.waitForFunction(() => !document.querySelector('ocg-realm-banner'), { polling: 100, timeout: 10_000 });
      expect(await (await serviceFrame(otherRealm)).$$eval('ocg-realm-banner', (hosts) => hosts.length)).toBe(1);
      for (const page of [first, second, otherRealm]) await page.close();
    });

    it('injects nothing on unrelated Console pages or look-alike hosts', async () => {
      const unrelated = await openConsole(browser().browser, consoleUrl('cloud.oracle.com', REPLICA_PATHS.instances, { region: 'us-ashburn-1' }));
      const lookAlike = await openConsole(browser().browser, consoleUrl('cloud.oracle.com.evil.example', REPLICA_PATHS.myCredentials));
      // The replica's late content renders after 300 ms; give the extension time to act if it wrongly would.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const heading = await (lookAlike.frames().find((f) => f.url().includes('maui-preact')) ?? lookAlike.mainFrame()).$eval(
        'h2, h3',
        (el) => el.textContent,
      );
      expect(heading).toMatch(/OAuth 2\.0 client credentials/i);
      expect(await countOcg(unrelated)).toBe(0);
      expect(await countOcg(lookAlike)).toBe(0);
      await unrelated.close();
      await lookAlike.close();
    });
  });
}
