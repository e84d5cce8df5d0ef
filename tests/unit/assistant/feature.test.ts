import { afterEach, beforeEach, describe, expect, it, vi, type Mock, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ConsoleFeature } from '@/entrypoints/console.content/feature';
import { detectConsoleViews } from '@/utils/console/detect';
import { resolvePolicy } from '@/utils/policy/resolve';
import { detectRealm } from '@/utils/realm/detect-realm';
import { mountControlledPanel, type ControlledPanel } from '../console/controlled-panel';
import { mountConsole, panelState } from '../console/snippets';

// The content script's side of the scope assistant, on fakeBrowser: the host, its data-* state,
// the Generate guard under each policy state, and the audit message. The lazily loaded in-page UI
// is registered as in-page-ui.js registers it (vitest cannot import an extension URL); a test that
// leaves it out sees the load fail.

const OIC = 'https://orders-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443';
const ALL = 'urn:opc:resource:consumer::all';
const detection = detectRealm('https://console.us-langley-1.oraclegovcloud.com/identity/domains/my-profile/oauth2-client-credentials');

let feature: ConsoleFeature;
let stop: AbortController;
let sim: ControlledPanel;
let sendMessage: MockInstance;
let consoleGenerate: Mock<() => void>;

const host = () => document.querySelector<HTMLElement>('ocg-scope-assistant');
const data = () => ({ ...host()?.dataset });
const update = () => feature.update(detectConsoleViews(document));
const generateButton = () => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Generate')!;
const clickGenerate = () => generateButton().click();
const loaded = () => vi.waitFor(() => expect(data().state).not.toBe('loading'));

async function start({ assistant = true } = {}) {
  vi.resetModules();
  if (assistant) globalThis.__ocgInPageUi = (await import('@/components/shared/in-page-views')).inPageUi;
  const { scopeAssistantFeature } = await import('@/entrypoints/console.content/features/scope-assistant');
  stop = new AbortController();
  feature = scopeAssistantFeature(detection, stop.signal);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => ({
    ok: false,
    error: `Nothing in the background answers "${message.type}".`,
  })) as never);
  mountConsole(document, {});
  sim = mountControlledPanel(document, { gen: 'current' }, panelState('pairs', [{ audience: OIC, scope: ALL }], { name: 'orders-sync' }), 0);
  consoleGenerate = vi.fn<() => void>();
  document.getElementById('__root_layer_host')!.addEventListener('click', (event) => {
    if ((event.target as Element).textContent === 'Generate') consoleGenerate();
  });
});
afterEach(() => {
  feature.stop();
  stop.abort();
  delete globalThis.__ocgInPageUi;
  vi.restoreAllMocks();
});

describe('scope assistant host', () => {
  it('is in the panel at once, loading, then ready with the findings state', async () => {
    await start();
    update();
    expect(host()?.closest('[role="dialog"]')).not.toBeNull();
    expect(data()).toMatchObject({ state: 'loading', policy: 'pending', blocked: 'true' });
    await loaded();
    feature.onPolicy!(resolvePolicy({}));
    expect(data()).toEqual({ state: 'ready', policy: 'known', enforcement: 'warn', blocked: 'false', findings: '2', maxSeverity: 'security_warning' });
  });

  it('comes back, with its state, when the Console re-renders the panel without it', async () => {
    await start();
    update();
    await loaded();
    sim.render();
    expect(host()).toBeNull();
    update();
    expect(host()?.closest('[role="dialog"]')).not.toBeNull();
    expect(data().state).toBe('ready');
  });

  it('goes when the panel closes', async () => {
    await start();
    update();
    document.getElementById('__root_layer_host')!.replaceChildren();
    update();
    expect(host()).toBeNull();
  });

  it('says so when the assistant cannot load', async () => {
    await start({ assistant: false });
    update();
    await loaded();
    expect(data().state).toBe('error');
    expect(data().message).toBeTruthy();
    await vi.waitFor(() =>
      expect(host()!.shadowRoot!.querySelector('[role="alert"]')?.textContent).toMatch(/^OCI Credential Guard could not load its in-page UI \(.+\)\. Reload the page\.$/),
    );
  });

  it('marks a managed policy', async () => {
    await start();
    update();
    feature.onPolicy!(resolvePolicy({ managed: { enforcement: 'warn' } }));
    expect(data().managed).toBe('true');
    expect(host()!.shadowRoot!.textContent).toContain('Managed by your organization');
  });
});

describe('Generate under the policy', () => {
  it('is held until the policy is known, then free under "warn", and the audit message never gets in the way', async () => {
    await start();
    update();
    await loaded();
    clickGenerate();
    expect(consoleGenerate).not.toHaveBeenCalled();
    expect(host()!.shadowRoot!.querySelector('.blocked[role="alert"]')?.textContent).toMatch(/still being read/);

    feature.onPolicy!(resolvePolicy({}));
    clickGenerate();
    expect(consoleGenerate).toHaveBeenCalledOnce();
    const audit = sendMessage.mock.calls.map(([message]) => message).find((message) => message.type === 'audit/credential-generated');
    expect(audit.event).toMatchObject({ kind: 'credential-generated', credentialName: 'orders-sync', realm: 'oc2', pairs: [{ audience: OIC, scope: ALL }] });
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith('OCI Credential Guard could not record the credential in the audit log', expect.anything()));
  });

  it('is held while the policy cannot be read, saying why', async () => {
    await start();
    update();
    await loaded();
    feature.onPolicy!(resolvePolicy({}));
    feature.onPolicyFailure!('The extension was updated');
    expect(data()).toMatchObject({ policy: 'failed', blocked: 'true' });
    clickGenerate();
    expect(consoleGenerate).not.toHaveBeenCalled();
    expect(host()!.shadowRoot!.textContent).toContain('could not be read (The extension was updated)');
  });

  it('is blocked under "block" while a denied scope is in the form, and free again once it is fixed', async () => {
    await start();
    update();
    await loaded();
    feature.onPolicy!(resolvePolicy({ local: { enforcement: 'block', deniedScopes: [ALL] } }));
    expect(data()).toMatchObject({ enforcement: 'block', blocked: 'true' });
    clickGenerate();
    expect(consoleGenerate).not.toHaveBeenCalled();
    expect(Array.from(host()!.shadowRoot!.querySelectorAll('.blocked li'), (li) => li.textContent)).toContain(
      `OCG-POLICY-002: Scope "${ALL}" is denied by your organisation`,
    );

    sim.state.rows[0]!.scope = '/ic/api/';
    sim.render();
    update();
    expect(data().blocked).toBe('false');
    clickGenerate();
    expect(consoleGenerate).toHaveBeenCalledOnce();
  });

  it('is held under "block" when the assistant failed to load, and free under "warn"', async () => {
    await start({ assistant: false });
    update();
    await loaded();
    feature.onPolicy!(resolvePolicy({ local: { enforcement: 'block' } }));
    clickGenerate();
    expect(consoleGenerate).not.toHaveBeenCalled();
    feature.onPolicy!(resolvePolicy({ local: { enforcement: 'warn' } }));
    clickGenerate();
    expect(consoleGenerate).toHaveBeenCalledOnce();
  });

  it('guards nothing once the content script stops', async () => {
    await start();
    update();
    feature.stop();
    stop.abort();
    clickGenerate();
    expect(consoleGenerate).toHaveBeenCalledOnce();
    expect(host()).toBeNull();
  });
});
