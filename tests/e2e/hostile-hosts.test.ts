import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  generateCredential,
  collectConsole,
  consoleUrl,
  countOcg,
  extensionStorage,
  openConsole,
  serviceFrame,
  useBrowser,
  vaultItemKeys,
  waitForOcg,
} from './harness';

// Where the extension must do nothing: hosts that imitate the Console, the Console over plain
// http, and other sites' frames inside a Console page. The replica is served there too, with its
// credentials list and one-time secret dialog, so the extension would show its UI if it ran.
// Each case has a genuine Console next to it that does get the UI, so the absence means something.

// Chromium would otherwise upgrade http:// navigations to https:// by itself.
const browser = useBrowser({ args: ['--disable-features=HttpsUpgrades'] });

const DRAFT = {
  name: 'orders-oic-rest',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};

const GENUINE = consoleUrl('console.us-ashburn-1.oraclecloud.com', REPLICA_PATHS.myCredentials);
const http = (url: string) => url.replace(/^https:/, 'http:');

const NOT_CONSOLES = [
  ['a Console host with a domain after it', consoleUrl('cloud.oracle.com.example.net', REPLICA_PATHS.myCredentials)],
  ['a realm domain with text after it', consoleUrl('oraclecloud.com-login.example', REPLICA_PATHS.myCredentials)],
  ['a realm domain with a letter before it', consoleUrl('console.us-ashburn-1.xoraclecloud.com', REPLICA_PATHS.myCredentials)],
  ['a regional Console host under another domain', consoleUrl('console.us-ashburn-1.oraclecloud.com.attacker.net', REPLICA_PATHS.myCredentials)],
  ['another service of a realm domain', consoleUrl('objectstorage.us-ashburn-1.oraclecloud.com', REPLICA_PATHS.myCredentials)],
  ['console.* of a realm domain without a region', consoleUrl('console.login.us-ashburn-1.oraclecloud.com', REPLICA_PATHS.myCredentials)],
  ['the Console over http', http(consoleUrl('cloud.oracle.com', REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1' }))],
  ['a regional Console over http', http(GENUINE)],
] as const;

/** Walks the replica to the one-time secret: the list, the Generate panel, the secret dialog. */
async function walkToSecret(page: Page): Promise<void> {
  expect(await generateCredential(page, DRAFT)).toMatch(/^.{20}$/);
}

/** The number of our `ocg-*` elements in one frame. */
function ocgIn(frame: Frame): Promise<number> {
  return frame.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => el.localName.startsWith('ocg-')).length);
}

describe('look-alike hosts and plain http', () => {
  it('the genuine Console gets the banner and the capture control on the same walk', async () => {
    const page = await openConsole(browser().browser, GENUINE, { replicaQuery: { ocgDelay: 50 } });
    await walkToSecret(page);
    await waitForOcg(page, 'ocg-realm-banner', { realm: 'oc1' });
    await waitForOcg(page, 'ocg-capture', { state: 'idle' });
    await page.close();
  });

  it.each(NOT_CONSOLES)('%s gets no UI and nothing is captured: %s', async (_label, url) => {
    const page = await openConsole(browser().browser, url, { replicaQuery: { ocgDelay: 50 } });
    const logged = collectConsole(page);
    // Not upgraded to https or redirected: the page really is where the test put it.
    expect(new URL(page.url()).origin).toBe(new URL(url).origin);
    await walkToSecret(page);
    // Time for the extension to act if it wrongly would (the genuine case above shows it within this).
    await new Promise((resolve) => setTimeout(resolve, 750));
    expect(await countOcg(page)).toBe(0);
    expect(vaultItemKeys(await extensionStorage(browser().worker!))).toEqual([]);
    expect(logged.filter((message) => message.type === 'error' || message.type === 'pageerror')).toEqual([]);
    await page.close();
  });
});

describe('frames of other sites inside a Console page', () => {
  it('get nothing, while a Console frame with the same content gets the UI', async () => {
    // The content of each frame: the replica's own secret dialog over its credentials list, as a
    // static copy (the replica's script needs a same-origin top window to render).
    const source = await openConsole(browser().browser, GENUINE, { replicaQuery: { ocgDelay: 50, ocgFrame: 'top' } });
    await walkToSecret(source);
    const snapshot = await source.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const el of Array.from(copy.querySelectorAll('*'))) if (el.localName.startsWith('ocg-') || el.localName === 'script') el.remove();
      // The current generation's secret is an input's value, which a copy of the markup would lose.
      const secret = document.querySelector<HTMLInputElement>('input[aria-label="Secret"]');
      copy.querySelector('input[aria-label="Secret"]')?.setAttribute('value', secret?.value ?? '');
      return `<!doctype html>${copy.outerHTML}`;
    });
    await source.close();

    const frames = {
      control: consoleUrl('console.us-phoenix-1.oraclecloud.com', REPLICA_PATHS.myCredentials),
      thirdParty: consoleUrl('widgets.example.com', REPLICA_PATHS.myCredentials),
      lookAlike: consoleUrl('cloud.oracle.com.example.net', REPLICA_PATHS.myCredentials),
      realmService: consoleUrl('objectstorage.us-ashburn-1.oraclecloud.com', REPLICA_PATHS.myCredentials),
    };
    const documents = Object.fromEntries(Object.values(frames).map((url) => [url, snapshot]));
    const page = await openConsole(browser().browser, consoleUrl('cloud.oracle.com', REPLICA_PATHS.instances, { region: 'us-ashburn-1' }), {
      replicaQuery: { ocgDelay: 50 },
      documents,
    });
    await page.evaluate(async (urls) => {
      await Promise.all(
        urls.map(
          (url) =>
            new Promise((resolve) => {
              const frame = document.createElement('iframe');
              frame.src = url;
              frame.addEventListener('load', resolve, { once: true });
              document.body.append(frame);
            }),
        ),
      );
    }, Object.values(frames));

    const frameAt = (url: string) => {
      const frame = page.frames().find((candidate) => candidate.url() === url);
      if (!frame) throw new Error(`no frame at ${url}`);
      return frame;
    };
    await frameAt(frames.control).waitForSelector('ocg-capture', { timeout: 10_000 });
    expect(await ocgIn(frameAt(frames.control))).toBe(2);
    for (const url of [frames.thirdParty, frames.lookAlike, frames.realmService]) {
      expect(await frameAt(url).$eval('h2', (el) => el.textContent)).toMatch(/client credentials/i);
      expect(await ocgIn(frameAt(url)), url).toBe(0);
    }
    // The Console page itself shows no credentials UI here (an instances page), hence none of ours either.
    expect(await ocgIn(await serviceFrame(page))).toBe(0);
    await page.close();
  });
});
