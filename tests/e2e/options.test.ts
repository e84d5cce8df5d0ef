import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  collectConsole,
  importOutcome,
  importPolicyFile,
  importPolicyText,
  openExtensionPage,
  openOptions,
  readLocalStorage,
  removeLocalStorage,
  useBrowser,
  waitForPolicyRow,
  writeLocalStorage,
} from './harness';
import { auditLogTests } from './options-audit';

// The options page in real Chromium: importing, rejecting and clearing the local policy, the
// policy in force with the source of each value, live updates, and trying a draft.

const browser = useBrowser();
const LOCAL_POLICY_KEY = 'policy.local';

const STRICT = {
  schemaVersion: 1,
  enforcement: 'block',
  deniedScopes: ['urn:opc:resource:consumer::all'],
  vault: { itemTtlHours: 8 },
};

const open = () => openOptions(browser().browser, browser().extensionId!);
const storedLocal = () => readLocalStorage(browser().worker!, LOCAL_POLICY_KEY);

describe('options page: the local policy', () => {
  beforeEach(() => removeLocalStorage(browser().worker!, [LOCAL_POLICY_KEY]));

  it('imports a pasted policy: each value it sets shows source "local", the others "default"', async () => {
    const page = await open();
    expect(await page.$eval('main', (main) => main.dataset.managed)).toBe('false');
    expect(await page.$('.managed-mark')).toBeNull();
    await waitForPolicyRow(page, 'enforcement', { source: 'default', value: '"warn"' });

    await importPolicyText(page, JSON.stringify(STRICT, null, 2));
    expect((await importOutcome(page, 'imported')).text).toContain('the local policy is in force');
    expect(await waitForPolicyRow(page, 'enforcement', { source: 'local' })).toEqual({ source: 'local', value: '"block"' });
    expect(await waitForPolicyRow(page, 'deniedScopes', { source: 'local' })).toEqual({ source: 'local', value: '["urn:opc:resource:consumer::all"]' });
    expect(await waitForPolicyRow(page, 'vault.itemTtlHours', { source: 'local' })).toEqual({ source: 'local', value: '8' });
    expect(await waitForPolicyRow(page, 'vault.autoCapture', {})).toEqual({ source: 'default', value: 'false' });
    expect(await storedLocal()).toEqual(STRICT);
    await page.close();
  });

  it('imports a policy file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ocg-policy-'));
    try {
      const file = join(folder, 'team-policy.json');
      await writeFile(file, JSON.stringify({ requireDescription: true, audit: { retentionDays: 30 } }));
      const page = await open();
      await importPolicyFile(page, file);
      expect((await importOutcome(page, 'imported')).text).toContain('team-policy.json');
      expect(await waitForPolicyRow(page, 'requireDescription', { source: 'local' })).toEqual({ source: 'local', value: 'true' });
      expect(await waitForPolicyRow(page, 'audit.retentionDays', { source: 'local' })).toEqual({ source: 'local', value: '30' });
      expect(await storedLocal()).toEqual({ requireDescription: true, audit: { retentionDays: 30 } });
      await page.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('rejects an invalid policy with the path of every problem, and the previous policy stays in force', async () => {
    const page = await open();
    const previous = { enforcement: 'warn', maxPairsPerCredential: 3 };
    // Stored from elsewhere (another tab, say): the open page follows.
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: previous });
    await waitForPolicyRow(page, 'maxPairsPerCredential', { source: 'local', value: '3' });

    await importPolicyText(page, JSON.stringify({
      enforcement: 'Block',
      maxPairsPerCredential: 12,
      exemptions: [{ findingId: 'OCG-POLICY-002' }],
      vault: { itemTtlHours: 0 },
      colour: 'red',
    }));
    const rejected = await importOutcome(page, 'rejected');
    expect(rejected.text).toContain('the previous local policy stays in force');
    expect(rejected.problems.map((problem) => problem.path).sort()).toEqual(
      ['colour', 'enforcement', 'exemptions[0].justification', 'maxPairsPerCredential', 'vault.itemTtlHours'],
    );
    expect(rejected.problems.find((problem) => problem.path === 'enforcement')?.text).toMatch(/expected one of "off"\|"warn"\|"block"/);
    expect(rejected.problems.find((problem) => problem.path === 'colour')?.text).toContain('unknown field "colour"');
    expect(await storedLocal()).toEqual(previous);
    expect(await waitForPolicyRow(page, 'enforcement', {})).toEqual({ source: 'local', value: '"warn"' });
    await page.close();
  });

  it('rejects text that is not JSON, saying where', async () => {
    const page = await open();
    await importPolicyText(page, '{\n  "enforcement": "block",\n}');
    const [problem] = (await importOutcome(page, 'rejected')).problems;
    expect(problem?.path).toBe('');
    expect(problem?.text).toMatch(/not valid JSON at line 3, column 1/);
    expect(await storedLocal()).toBeUndefined();
    await page.close();
  });

  it('removes the local policy only after confirmation (Escape backs out)', async () => {
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: STRICT });
    const page = await open();
    await waitForPolicyRow(page, 'enforcement', { source: 'local' });

    await page.click('button::-p-text(Remove the local policy)');
    await page.waitForSelector('[role="group"][aria-label="Remove the local policy"]');
    // The question takes the focus after it is drawn (an effect): Escape is for the focused question.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Remove');
    await page.keyboard.press('Escape');
    await page.waitForSelector('button::-p-text(Remove the local policy)');
    expect(await storedLocal()).toEqual(STRICT);

    await page.click('button::-p-text(Remove the local policy)');
    // The confirmation takes the focus: Enter removes.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Remove');
    await page.keyboard.press('Enter');
    await waitForPolicyRow(page, 'enforcement', { source: 'default', value: '"warn"' });
    expect(await storedLocal()).toBeUndefined();
    await page.close();
  });
});

describe('options page: try a draft', () => {
  beforeEach(() => removeLocalStorage(browser().worker!, [LOCAL_POLICY_KEY]));

  it('shows the denied-scope finding and that Generate would be blocked, live as the policy changes', async () => {
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: STRICT });
    const page = await open();
    await page.type('#draft-name', 'orders-oic-prod');
    await page.type('#draft-description', 'Orders integration');
    await page.type('#draft-audience-0', 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443');
    await page.type('#draft-scope-0', 'urn:opc:resource:consumer::all');

    await page.waitForSelector('li[data-finding-id="OCG-POLICY-002"][data-severity="error"]');
    const verdict = await page.waitForSelector('.verdict[data-blocked="true"]');
    expect(await verdict!.evaluate((element) => element.textContent)).toContain('OCG-POLICY-002: Scope "urn:opc:resource:consumer::all" is denied');

    // The organisation relaxes enforcement: the same draft would now pass.
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: { ...STRICT, enforcement: 'warn' } });
    await page.waitForSelector('.verdict[data-blocked="false"]');

    // Back to block, and a narrower scope: no policy finding, not blocked.
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: STRICT });
    await page.waitForSelector('.verdict[data-blocked="true"]');
    await page.click('#draft-scope-0', { count: 3 });
    await page.keyboard.type('/ic/api/');
    await page.waitForSelector('.verdict[data-blocked="false"]');
    expect(await page.$('li[data-finding-id="OCG-POLICY-002"]')).toBeNull();
    await page.close();
  });
});

describe('options page: deployment templates', () => {
  beforeEach(() => removeLocalStorage(browser().worker!, [LOCAL_POLICY_KEY]));

  it('writes the local policy in each format for this extension, and Copy puts one on the clipboard', async () => {
    const { extensionId } = browser();
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: STRICT });
    const page = await open();
    const template = (key: string) => page.$eval(`[data-template="${key}"] pre`, (pre) => pre.textContent ?? '');
    await page.waitForSelector('[data-template="chromeLinuxJson"]');

    expect(JSON.parse(await template('chromeLinuxJson'))).toEqual({ '3rdparty': { extensions: { [extensionId!]: STRICT } } });
    expect(JSON.parse(await template('googleAdminJson'))).toMatchObject({ enforcement: { Value: 'block' }, vault: { Value: { itemTtlHours: 8 } } });
    expect(JSON.parse(await template('firefoxPoliciesJson'))).toEqual({
      policies: { '3rdparty': { Extensions: { 'credential-guard@oci-credential-guard.dev': STRICT } } },
    });
    expect(await template('chromeWindowsReg')).toContain(`\\3rdparty\\extensions\\${extensionId}\\policy]`);

    await browser().browser.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-write']);
    // Writing to the clipboard needs the page focused (another test's page may be in front).
    await page.bringToFront();
    await page.waitForFunction(() => document.hasFocus());
    await page.click('[data-template="firefoxPoliciesJson"] button');
    const said = await page.waitForFunction(() => document.querySelector('[data-template="firefoxPoliciesJson"] [role="status"]')?.textContent || null);
    expect(await said.jsonValue()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await template('firefoxPoliciesJson'));
    await page.close();
  });
});

describe('options page: from the toolbar popup', () => {
  it('opens with the keyboard from "Policy and audit log" in the popup', async () => {
    const { browser: chromium, extensionId } = browser();
    const popup = await openExtensionPage(chromium, extensionId!, 'popup.html');
    await popup.waitForSelector('::-p-aria(Policy and audit log)');
    const opened = chromium.waitForTarget((target) => target.url() === `chrome-extension://${extensionId}/options.html`, { timeout: 10_000 });
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Policy and audit log');
    // The popup closes itself as it opens the options page, which can cut off the key press's reply.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if ((error as Error).name !== 'TargetCloseError') throw error;
    });
    const page = (await (await opened).page())!;
    collectConsole(page);
    await waitForPolicyRow(page, 'enforcement', {});
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });
});

describe('options page: accessibility', () => {
  beforeEach(() => removeLocalStorage(browser().worker!, [LOCAL_POLICY_KEY]));

  it('has no WCAG A/AA violations, in light and dark, with findings, errors and templates showing', async () => {
    await writeLocalStorage(browser().worker!, { [LOCAL_POLICY_KEY]: STRICT });
    const page = await open();
    await page.type('#draft-audience-0', 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443');
    await page.type('#draft-scope-0', 'urn:opc:resource:consumer::all');
    await page.waitForSelector('.verdict[data-blocked="true"]');
    await importPolicyText(page, '{"enforcement": "Block"}');
    await importOutcome(page, 'rejected');
    await page.waitForSelector('[data-template="chromeLinuxJson"]');

    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches every control with the keyboard, each with a visible focus ring', async () => {
    const page = await open();
    const seen: { name: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const name = el.getAttribute('aria-label') || el.id || el.textContent?.trim().slice(0, 40) || `${el.localName} in #${el.closest('section')?.id}`;
        return { name, outline: getComputedStyle(el).outlineStyle };
      });
      if (focused) seen.push(focused);
    }
    const names = seen.map((entry) => entry.name);
    for (const wanted of ['policy-text', 'draft-name', 'draft-scope-0']) expect(names).toContain(wanted);
    expect(seen.filter((entry) => entry.outline === 'none')).toEqual([]);
    await page.close();
  });
});

auditLogTests(browser);
