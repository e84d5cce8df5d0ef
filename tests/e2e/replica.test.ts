import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { ScopePair } from '../../utils/findings/finding';
import { findChromium } from '../../scripts/find-chromium.mjs';
import {
  REPLICA_PATHS,
  clickGenerate,
  closeDialog,
  collectConsole,
  consoleUrl,
  countOcg,
  fieldLabelled,
  fieldsLabelled,
  fillPanel,
  launchBrowser,
  openConsole,
  openCredentialDetails,
  openCredentialsList,
  openExtensionPage,
  openGeneratePanel,
  readCredentialDetails,
  readSecretFromDialog,
  replicaEvents,
  replicaRecords,
  serviceFrame,
  waitForCredentialRow,
  waitForOcg,
  type LaunchedBrowser,
  type ReplicaQuery,
} from './harness';

// The replica Console driven on its own (no extension): it must behave like the Console the
// extension is built for, in both DOM generations, both frame layouts and the oldest panel.

const HOST = 'cloud.oracle.com';
const PAIRS: ScopePair[] = [
  { audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' },
  { audience: 'https://oacdev-idq7w2.analytics.ocp.oraclecloud.com', scope: 'urn:opc:resource:consumer:paas:analytics::read' },
];
const OCID = /^ocid1\.credential\.oc1\.\.aaaaaaaa[a-z2-7]{52}$/;
const SECRET_CHARS = /^[A-Za-z0-9:)(\][}{!@#$%^&*\-_+=.,;?/~]{20}$/;

let launched: LaunchedBrowser;

beforeAll(async () => {
  launched = await launchBrowser({ extension: false });
});

afterAll(async () => {
  await launched?.close();
});

/** A Console page for this test only (closed when the test ends), with quick late content. */
async function open(test: TestContext, query: ReplicaQuery, path: string = REPLICA_PATHS.users, host = HOST): Promise<Page> {
  const page = await openConsole(launched.browser, consoleUrl(host, path, host === HOST ? { region: 'us-ashburn-1' } : {}), {
    replicaQuery: { ocgDelay: 50, ...query },
  });
  test.onTestFinished(() => page.close());
  return page;
}

/** A value on a window that only survives if no document is reloaded. */
async function markWindows(page: Page, frame: Frame): Promise<() => Promise<unknown[]>> {
  const frames = [page.mainFrame(), frame];
  for (const target of frames) await target.evaluate(() => Object.assign(window, { __noReload: 'still here' }));
  return () => Promise.all(frames.map((target) => target.evaluate(() => (window as { __noReload?: string }).__noReload)));
}

describe.each([
  { ocgGen: 'current', ocgFrame: 'iframe' },
  { ocgGen: 'current', ocgFrame: 'top' },
  { ocgGen: 'legacy', ocgFrame: 'iframe' },
  { ocgGen: 'legacy', ocgFrame: 'top' },
] as const)('replica, $ocgGen generation, $ocgFrame frame', (query) => {
  it('walks users → credentials → Generate → secret → list → details by typing and clicking, without a reload', async (test) => {
    const page = await open(test, query);
    const frame = await serviceFrame(page);
    expect(frame === page.mainFrame()).toBe(query.ocgFrame === 'top');
    const stillThere = await markWindows(page, frame);

    await openCredentialsList(page, { user: 'Grace Hopper' });
    expect(new URL(page.url()).pathname).toMatch(/\/users\/ocid1\.user\.oc1\.\.[a-z2-7]+\/oauth2-client-credentials$/);
    expect(new URL(page.url()).searchParams.get('ocgGen')).toBe(query.ocgGen);

    await openGeneratePanel(page);
    await fillPanel(page, { name: 'orders-sync', description: 'Orders into OIC', pairs: PAIRS });
    await clickGenerate(page);
    const secret = await readSecretFromDialog(page);
    await closeDialog(page);

    const records = await replicaRecords(page);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ name: 'orders-sync', description: 'Orders into OIC', pairs: PAIRS, secret });
    expect(secret).toMatch(SECRET_CHARS);
    expect(secret).toMatch(/[:()[\]]/);
    const ocid = records[0]?.ocid ?? '';
    expect(ocid).toMatch(OCID);

    expect(await waitForCredentialRow(page, ocid)).toBe('orders-sync');
    await openCredentialDetails(page, 'orders-sync');
    expect(await readCredentialDetails(page)).toEqual({ name: 'orders-sync', ocid, pairs: PAIRS });
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/oauth2-client-credentials/${ocid.replace(/\./g, '\\.')}$`));
    expect(await stillThere()).toEqual(['still here', 'still here']);
    expect(collectConsole(page).filter((message) => message.type === 'pageerror' || message.type === 'error')).toEqual([]);
  });
});

describe('replica details and controlled inputs', () => {
  it('reveals the full OCID on Show and records Copy of the secret', async (test) => {
    const page = await open(test, { ocgGen: 'current', ocgFrame: 'iframe' }, REPLICA_PATHS.myCredentials);
    const frame = await openCredentialsList(page);
    await openGeneratePanel(page);
    await fillPanel(page, { name: 'copy-me', pairs: PAIRS.slice(0, 1) });
    await clickGenerate(page);
    const copy = await frame.waitForSelector('#__root_layer_host button::-p-text(Copy)');
    await copy?.click();
    await closeDialog(page);
    const [record] = await replicaRecords(page);
    await waitForCredentialRow(page, record?.ocid ?? '');

    const label = `[data-test-id="jet-meta-label-1-text-container"][title="${record?.ocid}"]`;
    expect(await frame.$eval(label, (el) => el.textContent)).toBe(`...${record?.ocid.slice(-6)}`);
    await (await frame.waitForSelector(`::-p-xpath(//*[@title="${record?.ocid}"]/following-sibling::button[1])`))?.click();
    expect(await frame.$eval(label, (el) => el.textContent)).toBe(record?.ocid);
    expect((await replicaEvents(page)).map((event) => event.type)).toEqual(
      expect.arrayContaining(['panel-open', 'generate', 'dialog-open', 'copy', 'dialog-close', 'show-ocid']),
    );
  });

  it('reverts a value set through .value without an input event, and Generate ignores it', async (test) => {
    const page = await open(test, { ocgGen: 'current', ocgFrame: 'iframe' });
    const frame = await openCredentialsList(page);
    await openGeneratePanel(page);
    await fillPanel(page, { name: 'typed-name', pairs: PAIRS.slice(0, 1) });
    const name = await fieldLabelled(page, 'Name');
    // Assigned and read back in one task: a re-render still pending from fillPanel's last focus change
    // may land between two evaluations and revert it early (it did once, in CI on 2 loaded cores).
    const assigned = await name.evaluate((input) => {
      input.value = 'assigned-name';
      return input.value;
    });
    expect(assigned).toBe('assigned-name');

    // Any focus change re-renders the panel from its state 100 ms later.
    await (await fieldLabelled(page, 'Description')).focus();
    await frame.waitForFunction((input) => input.value === 'typed-name', { polling: 20, timeout: 2_000 }, name);
    await clickGenerate(page);
    expect((await replicaRecords(page)).map((record) => record.name)).toEqual(['typed-name']);
  });

  it('refuses Generate without a name and creates nothing', async (test) => {
    const page = await open(test, { ocgGen: 'legacy', ocgFrame: 'top' });
    await openCredentialsList(page);
    await openGeneratePanel(page);
    await fillPanel(page, { name: '', pairs: PAIRS.slice(0, 1) });
    await expect(clickGenerate(page)).rejects.toThrow('Generate was refused: Enter a name.');
    expect(await replicaRecords(page)).toEqual([]);
  });

  it('disables "+ Another scope" at 10 rows', async (test) => {
    const page = await open(test, { ocgGen: 'legacy', ocgFrame: 'iframe' });
    const frame = await openCredentialsList(page);
    await openGeneratePanel(page);
    const addRow = await frame.waitForSelector('#__root_layer_host ::-p-text(+Another Scope)');
    for (let rows = 1; rows < 10; rows += 1) {
      expect(await addRow?.evaluate((button) => (button as HTMLButtonElement).disabled)).toBe(false);
      await addRow?.click();
    }
    expect(await fieldsLabelled(page, 'Audience')).toHaveLength(10);
    expect(await addRow?.evaluate((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });
});

describe('replica, oldest panel (ocgScopeMode=fqs)', () => {
  it('records the pairs behind fully qualified scopes and behind a resource-scope choice', async (test) => {
    const page = await open(test, { ocgGen: 'current', ocgFrame: 'iframe', ocgScopeMode: 'fqs' });
    const frame = await openCredentialsList(page);
    await openGeneratePanel(page);
    expect(await frame.$eval('#__root_layer_host [role="radiogroup"] input:checked + label', (el) => el.textContent)).toBe(
      'Enter fully qualified scope',
    );
    await fillPanel(page, { name: 'fq', pairs: PAIRS });
    await clickGenerate(page);
    await closeDialog(page);

    await openGeneratePanel(page);
    await (await frame.waitForSelector('#__root_layer_host ::-p-text(Select a resource-scope pair)'))?.click();
    await (await fieldLabelled(page, 'Resource')).select('Oracle Analytics Cloud');
    await (await fieldLabelled(page, 'Scope')).select('urn:opc:resource:consumer::all');
    await fillPanel(page, { name: 'picked', pairs: [] });
    await clickGenerate(page);

    expect((await replicaRecords(page)).map(({ name, pairs }) => ({ name, pairs }))).toEqual([
      { name: 'fq', pairs: PAIRS },
      { name: 'picked', pairs: [{ audience: 'https://oacprod-idcs7f3k.analytics.ocp.oraclecloud.com', scope: 'urn:opc:resource:consumer::all' }] },
    ]);
  });
});

describe('replica hosts and other pages', () => {
  it('serves any Console host: the region button and the OCIDs follow the host', async (test) => {
    const page = await open(test, { ocgFrame: 'top' }, REPLICA_PATHS.myCredentials, 'console.uk-gov-london-1.oraclegovcloud.uk');
    expect(await page.$eval('header[role="banner"] #region-menu-button', (el) => el.textContent)).toBe('UK Gov South (London)');
    const ocid = await page.waitForSelector('[data-test-id="jet-meta-label-1-text-container"]');
    expect(await ocid?.evaluate((el) => el.getAttribute('title'))).toMatch(/^ocid1\.credential\.oc4\.\./);
    expect(await page.$('#__root_layer_host:last-child')).not.toBeNull();
  });

  it('renders ocgRows instance rows, and "Page not found" off the known routes', async (test) => {
    const page = await open(test, { ocgFrame: 'top', ocgRows: 12 }, REPLICA_PATHS.instances);
    expect(await page.$$eval('[role="table"] [role="row"]', (rows) => rows.length)).toBe(13);
    await page.goto(consoleUrl(HOST, '/identity/nowhere'), { waitUntil: 'load' });
    const frame = await serviceFrame(page);
    expect(await frame.$eval('h1', (el) => el.textContent)).toBe('Page not found');
  });

  it('runs a mutation storm only with ocgStorm, at about its rate, and timestamps what it records', async (test) => {
    const quiet = await serviceFrame(await open(test, {}, REPLICA_PATHS.myCredentials));
    expect(await quiet.evaluate(() => typeof (window as { __replica?: { storm?: unknown } }).__replica?.storm)).toBe('undefined');

    const page = await open(test, { ocgStorm: 6000 }, REPLICA_PATHS.myCredentials);
    const frame = await serviceFrame(page);
    // The list is late content: on a busy machine it could land inside <main> during the storm and be counted.
    await frame.waitForSelector('[data-test-id="jet-meta-label-1-text-container"]');
    const counted = await frame.evaluate(async () => {
      const feed = () => document.querySelector('main > section[aria-label="Recent activity"] > ul');
      let added = 0;
      let removed = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const elements = (nodes: NodeList) => Array.from(nodes).reduce((sum, node) => sum + (node instanceof Element ? 1 + node.querySelectorAll('*').length : 0), 0);
          added += elements(record.addedNodes);
          removed += elements(record.removedNodes);
        }
      });
      observer.observe(document.querySelector('main')!, { childList: true, subtree: true });
      const storm = (window as unknown as { __replica: { storm(ms: number): Promise<{ nodes: number; ms: number }> } }).__replica.storm;
      const result = await storm(1000);
      observer.disconnect();
      return { result, observed: added + removed, rows: feed()?.childElementCount };
    });
    // The feed itself (a section and its list) is added once, on top of the rows.
    expect(counted.observed).toBe(counted.result.nodes + 2);
    expect(counted.result.nodes).toBeGreaterThanOrEqual(5_000);
    expect(counted.result.nodes).toBeLessThanOrEqual(6_100);
    expect(counted.rows).toBe(200);
    const events = await replicaEvents(page);
    const storm = events.filter((event) => event.type.startsWith('storm-'));
    expect(storm.map(({ type, nodesPerSecond, nodes }) => ({ type, nodesPerSecond, nodes }))).toEqual([
      { type: 'storm-start', nodesPerSecond: 6000, nodes: undefined },
      { type: 'storm-end', nodesPerSecond: undefined, nodes: counted.result.nodes },
    ]);
    const times = events.map((event) => event.t as number);
    expect(times.every((time, index) => typeof time === 'number' && (index === 0 || time >= times[index - 1]!))).toBe(true);
    expect(Number(storm[1]!.t) - Number(storm[0]!.t)).toBeGreaterThanOrEqual(1000);
  });

  it('finds ocg-* elements in the service iframe by their data values', async (test) => {
    const page = await open(test, { ocgFrame: 'iframe' });
    const frame = await serviceFrame(page);
    await frame.evaluate(() => {
      const probe = document.createElement('ocg-probe');
      probe.dataset.realmKey = 'oc4';
      setTimeout(() => document.body.append(probe), 100);
    });
    await frame.evaluate(() => document.body.append(document.createElement('ocg-other')));
    expect(await waitForOcg(page, 'ocg-probe', { realmKey: 'oc4' })).toEqual({ realmKey: 'oc4' });
    expect(await countOcg(page)).toBe(2);
    await expect(waitForOcg(page, 'ocg-probe', { realmKey: 'oc1' }, { timeout: 300 })).rejects.toThrow(/ocg-probe.*realmKey/);
  });
});

describe('findChromium', () => {
  it('prefers an executable named by the environment and skips one that is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ocg-chromium-'));
    const fake = join(dir, 'chrome');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    try {
      expect(findChromium({ CHROME_PATH: fake })).toBe(fake);
      expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: join(dir, 'missing'), CHROME_PATH: fake })).toBe(fake);
      expect(findChromium({ CHROME_PATH: join(dir, 'missing') })).not.toBe(join(dir, 'missing'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('launchBrowser with the extension', () => {
  it('installs the build, starts its service worker and opens its pages', async () => {
    const withExtension = await launchBrowser();
    try {
      expect(withExtension.extensionId).toMatch(/^[a-p]{32}$/);
      expect(withExtension.worker).toBeDefined();
      const workers = withExtension.browser.targets().filter((target) => target.type() === 'service_worker');
      expect(workers.map((target) => target.url())).toContain(`chrome-extension://${withExtension.extensionId}/background.js`);
      const popup = await openExtensionPage(withExtension.browser, withExtension.extensionId ?? '', 'popup.html');
      expect(await popup.evaluate(() => [location.href, document.readyState])).toEqual([
        `chrome-extension://${withExtension.extensionId}/popup.html`,
        'complete',
      ]);
      await expect(openExtensionPage(withExtension.browser, withExtension.extensionId ?? '', 'nowhere.html')).rejects.toThrow(
        'nowhere.html is not in the build',
      );
    } finally {
      await withExtension.close();
    }
  });
});
