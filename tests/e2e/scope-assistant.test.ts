import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANT,
  REPLICA_PATHS,
  axeViolations,
  applyPreset,
  clickGenerate,
  collectConsole,
  consoleUrl,
  fieldLabelled,
  fieldsLabelled,
  fillPanel,
  inAssistant,
  openConsole,
  openCredentialsList,
  openGeneratePanel,
  pasteInto,
  replicaEvents,
  replicaRecords,
  serviceFrame,
  setLocalPolicy,
  shownFindings,
  useBrowser,
  waitForAssistant,
  waitForNotice,
  type ReplicaQuery,
  openPanelWithAssistant,
} from './harness';

// The scope assistant in the Generate panel, with the built extension on the replica Console:
// presets fill the real form in every panel variant, findings follow each edit within a frame, fixes
// and Undo change the form, and the picker works from the keyboard alone.

const browser = useBrowser();

// OC2 (US Government): OAuth 2.0 client credentials are available, realm domain oraclegovcloud.com.
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const OIC = 'https://myoic-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443';
const OAC = 'https://sales-abcdefgh1234-ia.analytics.ocp.oraclegovcloud.com';
const ALL = 'urn:opc:resource:consumer::all';

const openPanel = (query: ReplicaQuery = {}) => openPanelWithAssistant(browser().browser, HOST, query);

const valuesOf = async (page: Page, label: string | RegExp) =>
  Promise.all((await fieldsLabelled(page, label)).map((field) => field.evaluate((el) => el.value)));

describe('scope assistant: presets', () => {
  it.each<[string, ReplicaQuery]>([
    ['current generation, service iframe', {}],
    ['current generation, top frame', { ocgFrame: 'top' }],
    ['legacy generation', { ocgGen: 'legacy' }],
    ['fully-qualified scope panel', { ocgScopeMode: 'fqs' }],
  ])('%s: a preset fills the form and Generate creates exactly its pairs', async (_variant, query) => {
    const page = await openPanel(query);
    await applyPreset(page, 'oic-rest-api', { instance: 'myoic-abcdefgh1234-ia' });
    await clickGenerate(page);
    const [record] = await replicaRecords(page);
    expect(record).toMatchObject({
      name: 'oic-rest-api',
      description: 'Oracle Integration — REST API, least privilege',
      pairs: [{ audience: OIC, scope: '/ic/api/' }],
    });
    expect(collectConsole(page).filter((message) => message.type === 'pageerror')).toEqual([]);
    await page.close();
  });
});

/** Clicks the panel's "+ Another scope" (either generation's spelling). */
async function addRow(page: Page): Promise<void> {
  const frame = await serviceFrame(page);
  await (await frame.waitForSelector('#__root_layer_host button::-p-text(Another)'))?.click();
}

describe('scope assistant: presets over a typed draft', () => {
  it('keeps a typed name, removes surplus rows, fills an empty description; Undo restores all of it', async () => {
    const page = await openPanel();
    const typed = [
      { audience: OIC, scope: '/ic/api/' },
      { audience: OAC, scope: ALL },
      { audience: OIC, scope: ALL },
    ];
    await fillPanel(page, { name: 'keep-this-name', pairs: typed });
    await (await inAssistant(page, 'button[data-preset-id="account-paas-read"]')).click();
    await waitForNotice(page, 'Filled the form');
    expect(await valuesOf(page, 'Name')).toEqual(['keep-this-name']);
    expect(await valuesOf(page, 'Description')).toEqual(['PaaS services of the identity domain — read']);
    expect(await valuesOf(page, 'Audience')).toEqual(['urn:opc:resource:scope:account']);
    expect(await valuesOf(page, 'Scope')).toEqual(['urn:opc:resource:consumer:paas::read']);

    await (await inAssistant(page, 'button[data-action="undo"]')).click();
    await waitForNotice(page, 'Undid');
    expect(await valuesOf(page, 'Name')).toEqual(['keep-this-name']);
    expect(await valuesOf(page, 'Description')).toEqual(['']);
    expect(await valuesOf(page, 'Audience')).toEqual(typed.map((pair) => pair.audience));
    expect(await valuesOf(page, 'Scope')).toEqual(typed.map((pair) => pair.scope));
    await page.close();
  });

  it("adds rows with '+ Another scope' for an organisation preset of three pairs", async () => {
    const pairs = [
      { audience: OIC, scope: '/ic/api/' },
      { audience: 'https://billing-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' },
      { audience: OAC, scope: 'urn:opc:resource:consumer:paas:analytics::read' },
    ];
    const worker = browser().worker!;
    await setLocalPolicy(worker, {
      presets: [{ id: 'finance-reporting', title: 'Finance reporting — three services', description: 'Orders and billing APIs, read-only analytics.', pairs }],
    });
    try {
      const page = await openPanel({ ocgGen: 'legacy', ocgFrame: 'top' });
      const preset = await inAssistant(page, 'button[data-preset-id="finance-reporting"]');
      expect(await preset.evaluate((el) => el.textContent)).toContain('Your organisation');
      await preset.click();
      await waitForNotice(page, 'Filled the form');
      await clickGenerate(page);
      const [record] = await replicaRecords(page);
      expect(record?.pairs).toEqual(pairs);
      await page.close();
    } finally {
      await setLocalPolicy(worker, undefined);
    }
  });
});

describe('scope assistant: live findings', () => {
  it('mounts its host within a frame of the panel appearing, then loads', async () => {
    const page = await openConsole(browser().browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    const frame = await openCredentialsList(page);
    await frame.evaluate((tag) => {
      const layer = document.getElementById('__root_layer_host')!;
      const seen = new MutationObserver(() => {
        if (!layer.querySelector('[role="dialog"]')) return;
        seen.disconnect();
        requestAnimationFrame(() => Object.assign(window, { __assistantAtNextFrame: layer.querySelector<HTMLElement>(tag)?.dataset.state ?? 'absent' }));
      });
      seen.observe(layer, { childList: true });
    }, ASSISTANT);
    await openGeneratePanel(page);
    const state = await frame.waitForFunction(() => (window as { __assistantAtNextFrame?: string }).__assistantAtNextFrame);
    expect(['loading', 'ready']).toContain(await state.jsonValue());
    await waitForAssistant(page);
    await page.close();
  });

  it('flags a broad scope typed by hand within one frame, at its row; the fix narrows it and Undo brings it back', async () => {
    const page = await openPanel();
    await fillPanel(page, {
      name: 'sales-reports',
      description: 'Nightly sales export',
      pairs: [
        { audience: OAC, scope: 'urn:opc:resource:consumer:paas:analytics::read' },
        { audience: OIC, scope: '' },
      ],
    });
    const frame = await serviceFrame(page);
    const scope = await fieldLabelled(page, 'Scope', 1);
    // In the page: one frame after each input event, what does the assistant list?
    await scope.evaluate((field, tag) => {
      const frames: unknown[] = [];
      Object.assign(window, { __framesAfterInput: frames });
      field.addEventListener('input', () => {
        const value = (field as HTMLInputElement).value;
        requestAnimationFrame(() => {
          const items = Array.from(document.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-severity="security_warning"]') ?? []);
          frames.push({ value, warnings: items.map((item) => [item.dataset.findingId, item.querySelector('.ocg-finding-where')?.textContent]) });
        });
      });
    }, ASSISTANT);
    await scope.type(ALL);
    const afterLastKey = await frame.waitForFunction(
      (all) => (window as { __framesAfterInput?: { value: string }[] }).__framesAfterInput?.find((entry) => entry.value === all),
      { polling: 50 },
      ALL,
    );
    expect(await afterLastKey.jsonValue()).toEqual({ value: ALL, warnings: [['OCG-SCOPE-006', '(Scope row 2, scope)']] });
    expect(await scope.evaluate((el) => el.closest('[data-ocg-highlight]') !== null)).toBe(true);
    expect(await (await fieldLabelled(page, 'Scope', 0)).evaluate((el) => el.closest('[data-ocg-highlight]') !== null)).toBe(false);

    await (await inAssistant(page, '[data-finding-id="OCG-SCOPE-006"] button.ocg-finding-fix')).click();
    await waitForNotice(page, 'Applied');
    expect(await valuesOf(page, 'Scope')).toEqual(['urn:opc:resource:consumer:paas:analytics::read', '/ic/api/']);
    const ids = (await shownFindings(page)).map((finding) => finding.id);
    expect(ids).not.toContain('OCG-SCOPE-006');
    expect(ids).not.toContain('OCG-SCOPE-004');

    await (await inAssistant(page, 'button[data-action="undo"]')).click();
    await waitForNotice(page, 'Undid');
    expect(await valuesOf(page, 'Scope')).toEqual(['urn:opc:resource:consumer:paas:analytics::read', ALL]);
    expect((await shownFindings(page)).map((finding) => finding.id)).toContain('OCG-SCOPE-006');
    await page.close();
  });

  it('reports an error at the 11th pair', async () => {
    const page = await openPanel({ ocgMaxRows: 11 });
    await fillPanel(page, { name: 'eleven-instances', description: 'Too many pairs', pairs: [] });
    for (let row = 0; row < 11; row += 1) {
      if (row > 0) await addRow(page);
      await pasteInto(await fieldLabelled(page, 'Audience', row), `https://oic${row}-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443`);
      await pasteInto(await fieldLabelled(page, 'Scope', row), '/ic/api/');
    }
    const data = await waitForAssistant(page, { maxSeverity: 'error' });
    const errors = (await shownFindings(page)).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'OCG-SCOPE-003', where: 'Scope row 11' }),
        // The default policy's own limit (maxPairsPerCredential 10) says so too.
        expect.objectContaining({ id: 'OCG-POLICY-003', where: 'Whole credential' }),
      ]),
    );
    expect(Number(data.findings)).toBe((await shownFindings(page)).length);
    await page.close();
  });
});

describe('scope assistant: keyboard', () => {
  it('is reached with Tab and operated with the keyboard alone; Enter in it never submits the Console form', async () => {
    const page = await openPanel({ ocgGen: 'legacy' });
    const frame = await serviceFrame(page);
    await (await frame.waitForSelector('#__root_layer_host button::-p-text(Another)'))?.focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      frame.evaluate((tag) => {
        const host = document.activeElement;
        if (host?.localName !== tag) return null;
        const inner = host.shadowRoot?.activeElement as HTMLElement | null;
        return inner?.dataset.presetId ?? inner?.dataset.action ?? inner?.id ?? inner?.localName ?? null;
      }, ASSISTANT);
    expect(await focused()).toBe('preset-search');

    await page.keyboard.type('analytics read');
    const shown = await frame.$$eval(`${ASSISTANT} >>> button[data-preset-id]`, (buttons) => buttons.map((b) => (b as HTMLElement).dataset.presetId));
    expect(shown).toEqual(['oac-read', 'account-analytics-read']);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('oac-read');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('account-analytics-read');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('oac-read');
    await page.keyboard.press('Enter');
    const focusOn = (id: string) => frame.waitForFunction((tag, wanted) => document.querySelector(tag)?.shadowRoot?.activeElement?.id === wanted, {}, ASSISTANT, id);
    await focusOn('template-instance');
    // Escape goes back to the list, search kept; Enter there picks the first match again.
    await page.keyboard.press('Escape');
    await focusOn('preset-search');
    expect(await frame.$eval(`${ASSISTANT} >>> #preset-search`, (el) => (el as HTMLInputElement).value)).toBe('analytics read');
    await page.keyboard.press('Enter');
    await focusOn('template-instance');

    await page.keyboard.type('not an instance!');
    await page.keyboard.press('Enter');
    const error = await inAssistant(page, '#template-instance-error');
    expect(await error.evaluate((el) => el.textContent)).toMatch(/letters, digits and hyphens/);
    expect(await focused()).toBe('template-instance');

    await frame.$eval(`${ASSISTANT} >>> #template-instance`, (el) => (el as HTMLInputElement).select());
    await page.keyboard.type('sales-abcdefgh1234-ia');
    await page.keyboard.press('Enter');
    await waitForNotice(page, 'Filled the form');
    expect(await valuesOf(page, 'Audience')).toEqual([OAC]);
    expect(await valuesOf(page, 'Scope')).toEqual(['urn:opc:resource:consumer:paas:analytics::read']);
    expect((await replicaEvents(page)).map((event) => event.type)).not.toContain('generate');
    // Focus waits on Undo, which Enter takes.
    await frame.waitForFunction((tag) => (document.querySelector(tag)?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.action === 'undo', {}, ASSISTANT);
    await page.keyboard.press('Enter');
    await waitForNotice(page, 'Undid');
    expect(await valuesOf(page, 'Audience')).toEqual(['']);
    await page.close();
  });
});

describe('scope assistant: accessibility', () => {
  it('has no axe violations: picker, findings, a value form with an error, an exemption form, the blocked notice', async () => {
    const worker = browser().worker!;
    await setLocalPolicy(worker, { enforcement: 'block', deniedScopes: [ALL], userMayExempt: ['OCG-POLICY-002'] });
    try {
      const page = await openPanel();
      await fillPanel(page, { name: 'orders-sync', pairs: [{ audience: OIC, scope: ALL }] });
      await waitForAssistant(page, { blocked: 'true' });
      const frame = await serviceFrame(page);
      expect(await axeViolations(frame, ASSISTANT)).toEqual([]);

      await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] button[data-action="exempt"]')).click();
      await (await inAssistant(page, 'button[data-action="record-exemption"]')).click();
      await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] .field-error');
      await (await inAssistant(page, 'button[data-preset-id="oic-rest-api"]')).click();
      await (await inAssistant(page, 'button[data-action="apply"]')).click();
      await inAssistant(page, '#template-instance-error');
      expect(await axeViolations(frame, ASSISTANT)).toEqual([]);
      await page.close();
    } finally {
      await setLocalPolicy(worker, undefined);
    }
  });
});

