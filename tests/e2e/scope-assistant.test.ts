import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANT,
  REPLICA_PATHS,
  axeViolations,
  inColorSchemes,
  clickGenerate,
  consoleUrl,
  fieldLabelled,
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
import { ALL, HOST, OAC, OIC, scopeAssistantTests, valuesOf } from './scenarios/scope-assistant';

// The scope assistant in the Generate panel, with the built extension on the replica Console:
// presets fill the real form in every panel variant, findings follow each edit within a frame, fixes
// and Undo change the form, and the picker works from the keyboard alone. The main flow (a preset in
// each panel variant, a broad scope flagged and fixed, the colours in light and dark) is shared with
// Firefox: scenarios/scope-assistant.ts.

const browser = useBrowser();
scopeAssistantTests(browser);

const openPanel = (query: ReplicaQuery = {}) => openPanelWithAssistant(browser().browser, HOST, query);

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
  it('has no axe violations in light and dark: picker, findings, a value form with an error, an exemption form, the blocked notice', async () => {
    const worker = browser().worker!;
    await setLocalPolicy(worker, { enforcement: 'block', deniedScopes: [ALL], userMayExempt: ['OCG-POLICY-002'] });
    try {
      const page = await openPanel();
      await fillPanel(page, { name: 'orders-sync', pairs: [{ audience: OIC, scope: ALL }] });
      await waitForAssistant(page, { blocked: 'true' });
      const frame = await serviceFrame(page);
      // Colour contrast included, in the light and the dark colour scheme.
      const violations = () => inColorSchemes(page, () => axeViolations(frame, ASSISTANT));
      expect(await violations()).toEqual([]);

      await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] button[data-action="exempt"]')).click();
      await (await inAssistant(page, 'button[data-action="record-exemption"]')).click();
      await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] .field-error');
      await (await inAssistant(page, 'button[data-preset-id="oic-rest-api"]')).click();
      await (await inAssistant(page, 'button[data-action="apply"]')).click();
      await inAssistant(page, '#template-instance-error');
      expect(await violations()).toEqual([]);
      await page.close();
    } finally {
      await setLocalPolicy(worker, undefined);
    }
  });
});

