import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { ScopePair } from '../../../utils/findings/finding';
import { serviceFrame } from './page-frames.mjs';

// Drives the Console flow like a user: real clicks and real typing, in whichever generation and
// frame variant the page shows. Elements are found by role, label and visible text (matched
// case-insensitively where the generations differ), never by class names.

export interface DraftToType {
  name: string;
  description?: string;
  pairs: ScopePair[];
}

export interface CredentialDetails {
  name: string;
  ocid: string;
  pairs: ScopePair[];
}

const TEXT = {
  credentialsLink: /^OAuth 2\.0 client credentials$/i,
  generateCredential: /^Generate OAuth 2\.0 client credential$/i,
  anotherScope: /^\+ ?Another scope$/i,
  generate: /^Generate$/,
  close: /^Close$/,
  secretDialog: /^(OAuth 2\.0 client credential generated|Generated OAuth 2\.0 Client Credential)$/i,
  description: /^(Description|Title)$/,
  fullyQualified: /^Fully qualified scope$/,
};
const LAYER = '#__root_layer_host';

/**
 * From the users list (opens `user`, default the first) or a user's page: opens the OAuth 2.0 client
 * credentials section and waits for the late list. Returns the service frame.
 */
export async function openCredentialsList(page: Page, { user }: { user?: string } = {}): Promise<Frame> {
  const frame = await serviceFrame(page);
  const heading = await frame.waitForSelector('h1');
  if ((await heading?.evaluate((el) => el.textContent)) === 'Users') {
    await click(await findNamed(frame, 'table a, [role="table"] a', user ? exactly(user) : /./));
  }
  await click(await findNamed(frame, 'nav[aria-label="Resources"] a', TEXT.credentialsLink));
  await findNamed(frame, 'button', TEXT.generateCredential);
  return frame;
}

/** Clicks "Generate OAuth 2.0 client credential" and waits for the panel's Name field. */
export async function openGeneratePanel(page: Page): Promise<void> {
  const frame = await serviceFrame(page);
  await click(await findNamed(frame, 'button', TEXT.generateCredential));
  await fieldsLabelled(page, 'Name', { atLeast: 1 });
}

/**
 * Types the draft into the open panel: name, description, then each pair (adding rows with
 * "+ Another scope"); in the fully-qualified variant each pair goes into one field as audience+scope.
 */
export async function fillPanel(page: Page, draft: DraftToType): Promise<void> {
  await typeInto(page, 'Name', 0, draft.name);
  if (draft.description !== undefined) await typeInto(page, TEXT.description, 0, draft.description);
  const frame = await serviceFrame(page);
  for (const [index, pair] of draft.pairs.entries()) {
    if (index > 0) await click(await findNamed(frame, `${LAYER} button`, TEXT.anotherScope));
    if ((await fieldsLabelled(page, TEXT.fullyQualified)).length > 0) {
      await typeInto(page, TEXT.fullyQualified, index, pair.audience + pair.scope);
    } else {
      await typeInto(page, 'Audience', index, pair.audience);
      await typeInto(page, 'Scope', index, pair.scope);
    }
  }
}

/** Clicks Generate and waits for the secret dialog; throws with the panel's message if refused. */
export async function clickGenerate(page: Page): Promise<void> {
  const frame = await serviceFrame(page);
  await click(await findNamed(frame, `${LAYER} button`, TEXT.generate));
  const outcome = await frame.waitForFunction(
    (layer, dialogSource, dialogFlags) => {
      const host = document.querySelector(layer);
      const dialogHeading = new RegExp(dialogSource, dialogFlags);
      if (Array.from(host?.querySelectorAll('h1, h2, h3') ?? []).some((el) => dialogHeading.test(el.textContent?.trim() ?? ''))) return 'shown';
      const alert = Array.from(host?.querySelectorAll<HTMLElement>('[role="alert"]') ?? []).find((el) => !el.hidden && el.textContent?.trim());
      return alert ? `refused: ${alert.textContent?.trim()}` : null;
    },
    { polling: 50 },
    LAYER,
    TEXT.secretDialog.source,
    TEXT.secretDialog.flags,
  );
  const result = await outcome.jsonValue();
  if (result !== 'shown') throw new Error(`Generate was ${result}`);
}

/** The secret shown in the dialog (current: the "Secret" input; legacy: the secret container). */
export async function readSecretFromDialog(page: Page): Promise<string> {
  const frame = await serviceFrame(page);
  const secret = await frame.waitForFunction(
    (layer) => {
      const input = document.querySelector<HTMLInputElement>(`${layer} input[aria-label="Secret"]`);
      return input?.value || document.querySelector(`${layer} [data-test-id="secret-container"] span`)?.textContent || null;
    },
    { polling: 50 },
    LAYER,
  );
  return (await secret.jsonValue()) as string;
}

/**
 * From a Console page: the credentials list (of `user`, from the users list), the Generate panel
 * filled with `draft`, Generate; returns the secret the dialog shows (the dialog stays open).
 */
export async function generateCredential(page: Page, draft: DraftToType, list: { user?: string } = {}): Promise<string> {
  await openCredentialsList(page, list);
  await openGeneratePanel(page);
  await fillPanel(page, draft);
  await clickGenerate(page);
  return readSecretFromDialog(page);
}

/** Clicks the dialog's Close and waits until it is gone. */
export async function closeDialog(page: Page): Promise<void> {
  const frame = await serviceFrame(page);
  await click(await findNamed(frame, `${LAYER} button`, TEXT.close));
  await frame.waitForFunction((layer) => !document.querySelector(`${layer} [role="dialog"]`), { polling: 50 }, LAYER);
}

/** Waits until the list shows the credential with this OCID; returns its name. */
export async function waitForCredentialRow(page: Page, ocid: string): Promise<string> {
  const frame = await serviceFrame(page);
  const name = await frame.waitForFunction(
    (wanted) => {
      const label = Array.from(document.querySelectorAll('[data-test-id="jet-meta-label-1-text-container"]')).find(
        (el) => el.getAttribute('title') === wanted,
      );
      return label?.closest('tr, [role="row"]')?.querySelector('a')?.textContent ?? null;
    },
    { polling: 50 },
    ocid,
  );
  return (await name.jsonValue()) as string;
}

/** Clicks the credential's name in the list and waits for its details page. */
export async function openCredentialDetails(page: Page, name: string): Promise<void> {
  const frame = await serviceFrame(page);
  await click(await findNamed(frame, 'table a, [role="table"] a', exactly(name)));
  await findNamed(frame, 'h1', exactly(name));
}

/** Name, full OCID and scope pairs shown on a credential's details page. */
export async function readCredentialDetails(page: Page): Promise<CredentialDetails> {
  const frame = await serviceFrame(page);
  return frame.evaluate(() => {
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    const scopes = Array.from(document.querySelectorAll('table, [role="table"]')).find(
      (el) => el.getAttribute('aria-label') === 'Scopes' || text(el.querySelector('caption')) === 'Scopes',
    );
    const rows = Array.from(scopes?.querySelectorAll('tr, [role="row"]') ?? []).map((row) =>
      Array.from(row.querySelectorAll('td, [role="cell"]'), text),
    );
    return {
      name: text(document.querySelector('h1')),
      ocid: document.querySelector('main [data-test-id="jet-meta-label-1-text-container"]')?.getAttribute('title') ?? '',
      pairs: rows.filter((cells) => cells.length === 2).map(([audience = '', scope = '']) => ({ audience, scope })),
    };
  });
}

/**
 * The panel's fields whose label (aria-label or `<label for>`) matches, in document order; with
 * `atLeast`, waits until there are that many.
 */
export async function fieldsLabelled(
  page: Page,
  label: string | RegExp,
  { atLeast = 0 }: { atLeast?: number } = {},
): Promise<ElementHandle<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>[]> {
  const frame = await serviceFrame(page);
  const pattern = typeof label === 'string' ? exactly(label) : label;
  const found = await frame.waitForFunction(
    (layer, source, flags, minimum) => {
      const wanted = new RegExp(source, flags);
      const labelsOf = (el: HTMLElement) => [
        el.getAttribute('aria-label') ?? '',
        ...Array.from(document.querySelectorAll('label'))
          .filter((candidate) => el.id !== '' && candidate.htmlFor === el.id)
          .map((candidate) => candidate.textContent?.trim() ?? ''),
      ];
      const fields = Array.from(document.querySelectorAll<HTMLElement>(`${layer} input, ${layer} textarea, ${layer} select`)).filter((el) =>
        labelsOf(el).some((name) => wanted.test(name)),
      );
      return fields.length >= minimum ? fields : null;
    },
    { polling: 50 },
    LAYER,
    pattern.source,
    pattern.flags,
    atLeast,
  );
  const properties = await found.getProperties();
  await found.dispose();
  return [...properties.values()].flatMap((handle) => {
    const element = handle.asElement();
    return element ? [element as ElementHandle<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>] : [];
  });
}

/** The `index`-th panel field labelled `label`, once it exists. */
export async function fieldLabelled(
  page: Page,
  label: string | RegExp,
  index = 0,
): Promise<ElementHandle<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>> {
  const field = (await fieldsLabelled(page, label, { atLeast: index + 1 }))[index];
  if (!field) throw new Error(`No field labelled ${String(label)} at position ${index + 1}.`);
  return field;
}

async function typeInto(page: Page, label: string | RegExp, index: number, text: string): Promise<void> {
  await (await fieldLabelled(page, label, index)).type(text);
}

/** The first element matching `selector` whose aria-label or text matches `name`, once it exists. */
async function findNamed(frame: Frame, selector: string, name: RegExp): Promise<ElementHandle<Element>> {
  const found = await frame.waitForFunction(
    (css, source, flags) => {
      const wanted = new RegExp(source, flags);
      const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return Array.from(document.querySelectorAll(css)).find((el) => wanted.test(nameOf(el))) ?? null;
    },
    { polling: 50, timeout: 5_000 },
    selector,
    name.source,
    name.flags,
  );
  const element = found.asElement();
  if (!element) throw new Error(`No element ${selector} named ${String(name)}.`);
  return element as ElementHandle<Element>;
}

async function click(element: ElementHandle<Element>): Promise<void> {
  await element.click();
  await element.dispose();
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
