import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { waitForOcg } from './frames';
import { serviceFrame } from './page-frames.mjs';
import { REPLICA_PATHS, consoleUrl } from './replica-server.mjs';
import { openConsole, type ReplicaQuery } from './serve-replica';
import { openCredentialsList, openGeneratePanel } from './walk';

// Driving <ocg-scope-assistant> (the scope assistant in the Generate panel) and the policy it
// enforces. Elements inside its open shadow root are reached with `ocg-scope-assistant >>> css`.

export const ASSISTANT = 'ocg-scope-assistant';

export interface ShownFinding {
  id: string;
  severity: string;
  /** The location as the user reads it, e.g. "Scope row 2, scope". */
  where: string;
  title: string;
  exempt: boolean;
}

/** Waits until the assistant is loaded (data-state="ready") with every data value given; returns its data-*. */
export function waitForAssistant(page: Page, data: Record<string, string> = {}, options?: { timeout?: number }): Promise<Record<string, string>> {
  return waitForOcg(page, ASSISTANT, { state: 'ready', ...data }, options);
}

/** A Console page at `host` with the Generate panel open and the assistant loaded (replica `query` on top of a 50 ms delay). */
export async function openPanelWithAssistant(browser: Browser, host: string, query: ReplicaQuery = {}): Promise<Page> {
  const page = await openConsole(browser, consoleUrl(host, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50, ...query } });
  await openCredentialsList(page);
  await openGeneratePanel(page);
  await waitForAssistant(page);
  return page;
}

/** An element inside the assistant's shadow root, once it exists. */
export async function inAssistant(page: Page, css: string): Promise<ElementHandle<Element>> {
  const frame = await serviceFrame(page);
  const found = await frame.waitForSelector(`${ASSISTANT} >>> ${css}`, { timeout: 5_000 });
  if (!found) throw new Error(`No ${css} in <${ASSISTANT}>.`);
  return found;
}

/** The findings the assistant lists now. */
export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  const frame = await serviceFrame(page);
  return frame.evaluate((tag) =>
    Array.from(document.querySelector(tag)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-finding-id]') ?? [], (item) => ({
      id: item.dataset.findingId ?? '',
      severity: item.dataset.severity ?? '',
      where: item.querySelector('.ocg-finding-where')?.textContent?.replace(/^\(|\)$/g, '') ?? '',
      title: item.querySelector('.ocg-finding-title')?.textContent ?? '',
      exempt: item.dataset.exempt === 'true',
    })),
  ASSISTANT);
}

/** Waits until the assistant's notice reads `text` (e.g. "Filled the form"); throws with the error it shows instead. */
export async function waitForNotice(page: Page, text: string): Promise<void> {
  const frame = await serviceFrame(page);
  const outcome = await frame.waitForFunction(
    (tag, wanted) => {
      const notice = document.querySelector(tag)?.shadowRoot?.querySelector('.notice');
      const said = notice?.querySelector('p')?.textContent ?? '';
      if (notice?.classList.contains('notice--error')) return `error: ${said}`;
      return said.includes(wanted) ? 'ok' : null;
    },
    { polling: 50, timeout: 10_000 },
    ASSISTANT,
    text,
  );
  const result = await outcome.jsonValue();
  if (result !== 'ok') throw new Error(`The assistant reported ${String(result)}`);
}

/**
 * Chooses a preset by clicking it, types the template values it asks for (input ids are
 * `template-<key>`), and fills the form; resolves once the assistant says the form is filled.
 */
export async function applyPreset(page: Page, presetId: string, values: Record<string, string> = {}): Promise<void> {
  await (await inAssistant(page, `button[data-preset-id="${presetId}"]`)).click();
  for (const [key, value] of Object.entries(values)) await (await inAssistant(page, `#template-${key}`)).type(value);
  const apply = await (await serviceFrame(page)).$(`${ASSISTANT} >>> button[data-action="apply"]`);
  await apply?.click();
  await waitForNotice(page, 'Filled the form');
}

/** Sets a field's value as a paste does: the native setter, then one input event. */
export async function pasteInto(field: ElementHandle<Element>, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

