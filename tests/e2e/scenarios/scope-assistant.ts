import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  ASSISTANT,
  applyPreset,
  clickGenerate,
  collectConsole,
  fieldLabelled,
  fieldsLabelled,
  fillPanel,
  inAssistant,
  inColorSchemes,
  openPanelWithAssistant,
  replicaRecords,
  serviceFrame,
  shownFindings,
  waitForNotice,
  type LaunchedBrowser,
  type ReplicaQuery,
} from '../harness';

// The scope assistant's main flow, in whichever browser the spec file launched
// (tests/e2e/scope-assistant.test.ts, tests/e2e/firefox/scope-assistant.test.ts): a preset with a
// template value fills the real form and Generate records exactly its pairs; a broad scope typed by
// hand is flagged within one frame at its row, its fix narrows it, and Undo brings it back; the
// assistant and the banner follow the user's colour scheme, light and dark.

// OC2 (US Government): OAuth 2.0 client credentials are available, realm domain oraclegovcloud.com.
export const HOST = 'console.us-langley-1.oraclegovcloud.com';
export const OIC = 'https://myoic-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443';
export const OAC = 'https://sales-abcdefgh1234-ia.analytics.ocp.oraclegovcloud.com';
export const ALL = 'urn:opc:resource:consumer::all';

export const PANEL_VARIANTS = {
  'current generation, service iframe': {},
  'current generation, top frame': { ocgFrame: 'top' },
  'legacy generation': { ocgGen: 'legacy' },
  'fully-qualified scope panel': { ocgScopeMode: 'fqs' },
} as const satisfies Record<string, ReplicaQuery>;

export type PanelVariant = keyof typeof PANEL_VARIANTS;

/** The values of every Console field labelled `label`, in row order. */
export const valuesOf = async (page: Page, label: string | RegExp) =>
  Promise.all((await fieldsLabelled(page, label)).map((field) => field.evaluate((el) => el.value)));

/** The tests; `variants` picks the Generate panels to apply a preset in (default: all of PANEL_VARIANTS). */
export function scopeAssistantTests(browser: () => LaunchedBrowser, { variants }: { variants?: readonly PanelVariant[] } = {}): void {
  const openPanel = (query: ReplicaQuery = {}) => openPanelWithAssistant(browser().browser, HOST, query);

  describe('scope assistant: presets', () => {
    const chosen = Object.entries(PANEL_VARIANTS).filter(([name]) => !variants || variants.includes(name as PanelVariant));
    it.each<[string, ReplicaQuery]>(chosen)('%s: a preset fills the form and Generate creates exactly its pairs', async (_variant, query) => {
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

  describe('scope assistant: a broad scope typed by hand', () => {
    it('is flagged within one frame, at its row; the fix narrows it and Undo brings it back', async () => {
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
  });

  // The hosts' inline `all: initial` beats their :host rules: the host itself must set the colour scheme.
  describe('scope assistant: colours', () => {
    it('draws its status and every ocg-* host in the user’s colour scheme, light and dark', async () => {
      const page = await openPanel();
      const frame = await serviceFrame(page);
      const wrong = await inColorSchemes(page, (scheme) =>
        frame.evaluate(
          (assistant, preferred) => {
            // CanvasText and Canvas as the browser draws them in the scheme the user prefers.
            const probe = document.body.appendChild(document.createElement('div'));
            probe.style.setProperty('color-scheme', preferred);
            probe.style.setProperty('color', 'CanvasText');
            probe.style.setProperty('background', 'Canvas');
            const expected = { color: getComputedStyle(probe).color, background: getComputedStyle(probe).backgroundColor };
            probe.remove();
            const found: string[] = [];
            const hosts = Array.from(document.querySelectorAll<HTMLElement>('ocg-realm-banner, ocg-scope-assistant'));
            if (hosts.length !== 2) found.push(`${hosts.length} hosts`);
            for (const host of hosts) {
              const { colorScheme, color } = getComputedStyle(host);
              if (colorScheme !== 'light dark' || color !== expected.color) found.push(`${host.localName}: ${colorScheme}, ${color}`);
            }
            const status = document.querySelector(assistant)?.shadowRoot?.querySelector('.status');
            const style = status && getComputedStyle(status);
            if (style?.color !== expected.color || style.backgroundColor !== expected.background) {
              found.push(`status: ${style?.color} on ${style?.backgroundColor}, not ${expected.color} on ${expected.background}`);
            }
            return found;
          },
          ASSISTANT,
          scheme,
        ),
      );
      expect(wrong).toEqual([]);
      await page.close();
    });
  });
}
