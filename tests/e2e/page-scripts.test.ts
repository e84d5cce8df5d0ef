import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findSecretIn } from '../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  generateCredential,
  collectConsole,
  consoleUrl,
  extensionStorage,
  openConsole,
  openGeneratePanel,
  serviceFrame,
  useBrowser,
  vaultItemKeys,
  waitForOcg,
  type LoggedMessage,
} from './harness';

// The Console page's own scripts (or a script injected into it) share the DOM with our in-page UI.
// They must not be able to drive the extension: their clicks and key presses are ignored, their
// messages reach nothing, and removing, hiding or emptying our UI is undone. (Capture ignoring a
// page script's click is tested in capture.test.ts.)

const browser = useBrowser();

const URL_OC1 = consoleUrl('cloud.oracle.com', REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1' });
const DRAFT = {
  name: 'orders-oic-rest',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorsIn = (logged: LoggedMessage[]) => logged.filter((message) => message.type === 'error' || message.type === 'pageerror');

// data-availability comes with the drawn banner.
async function bannerPage(url = URL_OC1): Promise<{ page: Page; frame: Frame; logged: LoggedMessage[] }> {
  const page = await openConsole(browser().browser, url, { replicaQuery: { ocgDelay: 50 } });
  const logged = collectConsole(page);
  await waitForOcg(page, 'ocg-realm-banner', { availability: 'unavailable' });
  return { page, frame: await serviceFrame(page), logged };
}

/** Whether the banner is in the page, shown, with its dismiss button. */
function bannerState(frame: Frame) {
  return frame.evaluate(() => {
    const host = document.querySelector<HTMLElement>('ocg-realm-banner');
    const button = host?.shadowRoot?.querySelector<HTMLElement>('button.dismiss');
    return {
      present: host !== null,
      display: host ? getComputedStyle(host).display : 'none',
      visibility: host ? getComputedStyle(host).visibility : 'hidden',
      height: host?.getBoundingClientRect().height ?? 0,
      dismissButton: button !== null && button !== undefined,
    };
  });
}

const SHOWN = { present: true, display: 'block', visibility: 'visible', dismissButton: true };

describe('events dispatched by the page', () => {
  it('do not dismiss the realm banner; the user\'s own click does', async () => {
    // OC4: a dismissal lasts for the browser session, and the other tests here need OC1's banner.
    const { page, frame, logged } = await bannerPage(consoleUrl('console.uk-gov-london-1.oraclegovcloud.uk', REPLICA_PATHS.myCredentials));
    await frame.evaluate(() => {
      const shadow = document.querySelector('ocg-realm-banner')!.shadowRoot!;
      shadow.querySelector<HTMLElement>('button.dismiss')!.click();
      shadow.querySelector('button.dismiss')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      shadow.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    await pause(300);
    expect(await bannerState(frame)).toMatchObject(SHOWN);
    const dismiss = await frame.waitForSelector('ocg-realm-banner >>> button.dismiss');
    await dismiss!.click();
    await frame.waitForFunction(() => !document.querySelector('ocg-realm-banner'), { timeout: 5_000 });
    expect(errorsIn(logged)).toEqual([]);
    await page.close();
  });

  it('reach nothing as window messages, custom events or runtime messages', async () => {
    const { page, frame, logged } = await bannerPage();
    const before = await extensionStorage(browser().worker!);
    const outcome = await frame.evaluate(async (extensionId) => {
      const messages = [
        { type: 'vault/store-capture', captureId: '0'.repeat(32), sealed: 'x', context: {} },
        { type: 'vault/open-item', itemId: '0'.repeat(32) },
        { type: 'vault/list' },
        { type: 'policy/get' },
        { type: 'audit/credential-generated', event: { kind: 'credential-generated', credentialName: 'x', pairs: [], findings: [], exemptions: [] } },
      ];
      for (const message of messages) {
        window.postMessage(message, '*');
        top!.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true, composed: true }));
        document.querySelector('ocg-realm-banner')!.dispatchEvent(new CustomEvent('ocg-dismiss', { detail: message, bubbles: true }));
      }
      // Web pages reach an extension's runtime only if it lists them in externally_connectable.
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime messaging for this page';
      try {
        return `answered: ${JSON.stringify(await runtime.sendMessage(extensionId, messages[2]))}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, browser().extensionId!);
    expect(outcome).not.toMatch(/^answered/);
    await pause(300);
    expect(await extensionStorage(browser().worker!)).toEqual(before);
    expect(await bannerState(frame)).toMatchObject(SHOWN);
    expect(errorsIn(logged)).toEqual([]);
    await page.close();
  });
});

describe('posing as the extension', () => {
  it('cannot switch our content script off by announcing a newer copy of it', async () => {
    const { page, frame, logged } = await bannerPage();
    // WXT stops an older copy of a content script when a newer one announces itself on the document;
    // the announcement's name holds only the extension id and the script's name, both knowable.
    await frame.evaluate((extensionId) => {
      const type = `${extensionId}:console:wxt:content-script-started`;
      const detail = { contentScriptName: 'console', messageId: 'page-script' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, browser().extensionId!);
    await pause(300);
    expect(await bannerState(frame)).toMatchObject(SHOWN);
    // Still following the Console: the banner moves into the Generate panel when it opens.
    await openGeneratePanel(page);
    await frame.waitForFunction(() => !!document.querySelector('#__root_layer_host [role="dialog"] ocg-realm-banner'), { timeout: 5_000 });
    expect(errorsIn(logged)).toEqual([]);
    await page.close();
  });
});

describe('tampering with our in-page UI', () => {
  it.each<[string, () => unknown]>([
    ['removing the banner', () => document.querySelector('ocg-realm-banner')!.remove()],
    ['hiding it with an inline style', () => (document.querySelector<HTMLElement>('ocg-realm-banner')!.style.display = 'none')],
    ['hiding it with the hidden attribute', () => (document.querySelector<HTMLElement>('ocg-realm-banner')!.hidden = true)],
    ['hiding it with a page stylesheet', () => {
      const style = document.createElement('style');
      style.textContent = 'ocg-realm-banner { display: none !important; visibility: hidden !important; height: 0 !important; }';
      document.head.append(style);
    }],
    ['emptying its shadow root', () => document.querySelector('ocg-realm-banner')!.shadowRoot!.replaceChildren()],
    ['covering its content from inside the shadow root', () => {
      const style = document.createElement('style');
      style.textContent = '* { display: none !important; }';
      document.querySelector('ocg-realm-banner')!.shadowRoot!.append(style);
    }],
  ])('%s is undone, with no errors', async (_label, tamper) => {
    const { page, frame, logged } = await bannerPage();
    const wasShown = await bannerState(frame);
    expect(wasShown).toMatchObject(SHOWN);
    await frame.evaluate(() => {
      (window as { ocgBefore?: Element | null }).ocgBefore = document.querySelector('ocg-realm-banner');
    });
    await frame.evaluate(tamper);
    await pause(100);
    const sameHost = await frame.evaluate(() => document.querySelector('ocg-realm-banner') === (window as { ocgBefore?: Element | null }).ocgBefore);
    expect(sameHost).toBe(true);
    expect(await bannerState(frame)).toEqual(wasShown);
    expect(errorsIn(logged)).toEqual([]);
    await page.close();
  });

  it('keeps the capture control\'s state when the page removes it after a capture, and shows the page no secret', async () => {
    const page = await openConsole(browser().browser, URL_OC1, { replicaQuery: { ocgDelay: 50 } });
    const logged = collectConsole(page);
    const secret = await generateCredential(page, DRAFT);
    const frame = await serviceFrame(page);
    await (await frame.waitForSelector('ocg-capture >>> button'))!.click();
    await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });

    const seen = await frame.evaluate(async () => {
      const host = document.querySelector('ocg-capture')!;
      host.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const back = document.querySelector<HTMLElement>('ocg-capture');
      return {
        same: back === host,
        state: back?.dataset.state,
        text: back?.shadowRoot?.textContent ?? '',
        attributes: back?.getAttributeNames() ?? [],
        // The sealer lives in the content script's isolated world, not the page's.
        sealer: typeof (window as { __ocgSealer?: unknown }).__ocgSealer,
      };
    });
    expect(seen).toMatchObject({ same: true, state: 'captured', sealer: 'undefined' });
    expect(findSecretIn(seen, secret)).toEqual([]);
    expect(vaultItemKeys(await extensionStorage(browser().worker!))).toHaveLength(1);
    expect(errorsIn(logged)).toEqual([]);
    await page.close();
  });
});
