import { readOptions } from '../../fixtures/console/app/options.js';
import { startService } from '../../fixtures/console/app/service.js';
import { applySelectedOptions } from './snippets';

// The replica Console's own code (tests/fixtures/console/app) run in happy-dom, walked like a user
// to each credentials view, and kept as static copies of its markup: the source of the DOM drift
// tests, so they vary the markup the e2e tests and the detectors already agree on.

export type Generation = 'current' | 'legacy';

/** One view as the replica showed it: the page (<main>) and the layer host with any panel or dialog. */
export interface ReplicaScene {
  main: Element;
  layer: Element;
}

export interface ReplicaScenes {
  list: ReplicaScene;
  panel: ReplicaScene;
  panelFullyQualified: ReplicaScene;
  panelResourcePair: ReplicaScene;
  dialog: ReplicaScene;
  details: ReplicaScene;
}

const CREDENTIALS = '/identity/domains/my-profile/oauth2-client-credentials';
const OIC = 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443';
const OAC = 'https://oacdev-idq7w2.analytics.ocp.oraclecloud.com';

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Starts the replica's service page at `path` in this document (top-frame variant, no late delay). */
async function startAt(path: string, query: Record<string, string>): Promise<void> {
  const search = new URLSearchParams({ ocgFrame: 'top', ocgDelay: '0', ...query });
  history.pushState(null, '', `${path}?${search}`);
  document.body.replaceChildren();
  startService(readOptions({ search: location.search, hostname: 'cloud.oracle.com' }));
  await settle();
}

function buttonNamed(text: string, within: ParentNode = document): HTMLButtonElement {
  const button = Array.from(within.querySelectorAll('button')).find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === text);
  if (!button) throw new Error(`replica: no button "${text}"`);
  return button;
}

/** The controls labelled `label` (aria-label in the current generation, <label for> in the legacy one). */
function controlsLabelled(label: string): HTMLElement[] {
  const byAria = Array.from(document.querySelectorAll<HTMLElement>(`[aria-label="${label}"]`)).filter((el) => el.matches('input, textarea, select'));
  const byLabel = Array.from(document.querySelectorAll('label'))
    .filter((el) => el.textContent?.trim() === label)
    .map((el) => document.getElementById(el.htmlFor))
    .filter((el): el is HTMLElement => el !== null);
  return [...byAria, ...byLabel];
}

/** Types like a user: the value setter of the element's prototype, then an input event. */
async function type(label: string, index: number, value: string): Promise<void> {
  const control = controlsLabelled(label)[index] as HTMLInputElement | undefined;
  if (!control) throw new Error(`replica: no field "${label}" #${index}`);
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

async function choose(label: string, index: number, value: string): Promise<void> {
  const select = controlsLabelled(label)[index] as HTMLSelectElement | undefined;
  if (!select) throw new Error(`replica: no list "${label}" #${index}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

async function click(button: HTMLElement): Promise<void> {
  button.click();
  await settle();
}

/** The body as it is now, form state written into the markup so that a copy keeps it. */
function snapshot(): ReplicaScene {
  for (const area of Array.from(document.querySelectorAll('textarea'))) area.textContent = area.value;
  for (const field of Array.from(document.querySelectorAll('input'))) {
    if (field.type === 'radio') field.toggleAttribute('checked', field.checked);
    else field.setAttribute('value', field.value);
  }
  for (const select of Array.from(document.querySelectorAll('select'))) {
    Array.from(select.options).forEach((option, index) => option.toggleAttribute('selected', index === select.selectedIndex));
  }
  const main = document.querySelector('main');
  const layer = document.getElementById('__root_layer_host');
  if (!main || !layer) throw new Error('replica: no <main> or layer host');
  return { main: main.cloneNode(true) as Element, layer: layer.cloneNode(true) as Element };
}

async function openPanel(generation: Generation): Promise<void> {
  await click(buttonNamed(generation === 'current' ? 'Generate OAuth 2.0 client credential' : 'Generate OAuth 2.0 Client Credential'));
}

/** Walks the replica of one generation to every credentials view and copies each. */
export async function renderReplicaScenes(generation: Generation): Promise<ReplicaScenes> {
  const gen: Record<string, string> = generation === 'legacy' ? { ocgGen: 'legacy' } : {};
  const another = generation === 'current' ? '+ Another scope' : '+Another Scope';

  await startAt(CREDENTIALS, gen);
  const list = snapshot();

  await openPanel(generation);
  await type('Name', 0, 'orders-sync');
  await type(generation === 'current' ? 'Description' : 'Title', 0, 'Orders sync job');
  await type('Audience', 0, OIC);
  await type('Scope', 0, '/ic/api/');
  await click(buttonNamed(another));
  await type('Audience', 1, OAC);
  await type('Scope', 1, 'urn:opc:resource:consumer:paas:analytics::read');
  const panel = snapshot();

  await click(buttonNamed('Generate', document.getElementById('__root_layer_host')!));
  const dialog = snapshot();

  await startAt(CREDENTIALS, gen);
  const link = Array.from(document.querySelectorAll('a')).find((el) => el.textContent === 'integration-nightly');
  if (!link) throw new Error('replica: no seeded credential');
  await click(link);
  const details = snapshot();

  await startAt(CREDENTIALS, { ...gen, ocgScopeMode: 'fqs' });
  await openPanel(generation);
  await type('Name', 0, 'orders-sync');
  await type('Fully qualified scope', 0, `${OIC}urn:opc:resource:consumer::all`);
  await click(buttonNamed(another));
  await type('Fully qualified scope', 1, `${OIC}/ic/api/`);
  const panelFullyQualified = snapshot();

  const resourceChoice = controlsLabelled('Select a resource-scope pair')[0];
  if (!resourceChoice) throw new Error('replica: no resource-scope choice');
  await click(resourceChoice);
  await choose('Scope', 0, 'urn:opc:resource:consumer::all');
  const panelResourcePair = snapshot();

  document.body.replaceChildren();
  return { list, panel, panelFullyQualified, panelResourcePair, dialog, details };
}

/**
 * Starts the replica with `query` (e.g. ocgBackdrop), fills its Generate panel and presses Generate:
 * the secret dialog stays live in this document, with the replica's own handlers.
 */
export async function showReplicaSecretDialog(generation: Generation, query: Record<string, string> = {}): Promise<void> {
  await startAt(CREDENTIALS, { ...(generation === 'legacy' ? { ocgGen: 'legacy' } : {}), ...query });
  await openPanel(generation);
  await type('Name', 0, 'orders-sync');
  await type('Audience', 0, OIC);
  await type('Scope', 0, '/ic/api/');
  await click(buttonNamed('Generate', document.getElementById('__root_layer_host')!));
}

/** Lays copies of the given pages and layers out as one Console document. */
export function mountScene(doc: Document, parts: { main: Element[]; layer: Element[] }): void {
  const layer = doc.createElement('div');
  layer.id = '__root_layer_host';
  layer.append(...parts.layer.flatMap((host) => Array.from(host.cloneNode(true).childNodes)));
  doc.body.replaceChildren(...parts.main.map((main) => main.cloneNode(true)), layer);
  applySelectedOptions(doc.body);
}
