import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftReport, ScopeAssistant } from '@/components/assistant/assistant-api';
import { mountScopeAssistant } from '@/components/assistant/mount-assistant';
import { findGeneratePanel } from '@/utils/console/detect';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { EffectivePolicy } from '@/utils/policy/schema';
import { detectRealm } from '@/utils/realm/detect-realm';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { mountControlledPanel, type ControlledPanel } from '../console/controlled-panel';
import { mountConsole, panelState } from '../console/snippets';

// The lazily loaded scope assistant on a Preact-controlled panel like the Console's (re-rendered
// from its state after every change), driven as the content script drives it: update() after each
// edit of the Console's form.

const OIC = 'https://orders-abcdefgh1234-ia.integration.ocp.oraclecloud.com:443';
const ALL = 'urn:opc:resource:consumer::all';
const detection = detectRealm('https://cloud.oracle.com/identity/domains/my-profile?region=us-ashburn-1');

let sim: ControlledPanel;
let assistant: ScopeAssistant;
let reports: DraftReport[];
let root: HTMLElement;
// testing-library queries an element, not a shadow root: the assistant's container.
const ui = () => within(Array.from(root.children).find((el): el is HTMLElement => el.localName === 'div')!);
const lastReport = () => reports.at(-1)!;
const panelNow = () => findGeneratePanel(document)!;
const findingIds = () => lastReport().findings.map((finding) => finding.id);

function mount(policy: EffectivePolicy | null = DEFAULT_POLICY, rows = [{}]) {
  mountConsole(document, {});
  sim = mountControlledPanel(document, { gen: 'current' }, panelState('pairs', rows));
  const host = document.createElement('ocg-scope-assistant');
  document.body.append(host);
  // As createShadowHost gives it: a slot element inside the host's shadow root.
  root = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(root);
  reports = [];
  assistant = mountScopeAssistant({ root, panel: panelNow(), detection, policy, onReport: (report) => reports.push(report) });
  // As the content script does: every edit of the Console's form is an update.
  document.addEventListener('input', onConsoleInput, true);
}
const onConsoleInput = (event: Event) => {
  const fromAssistant = event.composedPath().some((node) => (node as Element).localName === 'ocg-scope-assistant');
  if (!fromAssistant) assistant.update(panelNow());
};

beforeEach(() => mount());
afterEach(() => {
  document.removeEventListener('input', onConsoleInput, true);
  assistant.remove();
});

describe('scope assistant: presets', () => {
  it('offers every built-in preset, searchable', async () => {
    const ids = () => Array.from(root.querySelectorAll<HTMLElement>('[data-preset-id]'), (el) => el.dataset.presetId);
    expect(ids()).toEqual(BUILT_IN_PRESETS.map((preset) => preset.id));
    fireEvent.input(ui().getByLabelText('Search presets'), { target: { value: 'analytics read' } });
    await vi.waitFor(() => expect(ids()).toEqual(['oac-read', 'account-analytics-read']));
    expect(ui().getByText('2 of 8 presets. Arrow keys move through the list.')).toBeTruthy();
  });

  it('asks for the instance, refuses a wrong one without touching the form, then fills it; Undo restores', async () => {
    fireEvent.click(root.querySelector('[data-preset-id="oic-rest-api"]')!);
    const instance = ui().getByLabelText('Instance');
    expect((ui().getByLabelText(/Realm domain/) as HTMLInputElement).placeholder).toBe('oraclecloud.com');
    fireEvent.input(instance, { target: { value: 'https://sales.analytics.ocp.oraclecloud.com' } });
    await vi.waitFor(() => expect((instance as HTMLInputElement).value).toContain('sales'));
    fireEvent.submit(instance.closest('form')!);
    await vi.waitFor(() => expect(instance.getAttribute('aria-invalid')).toBe('true'));
    expect(ui().getByText(/is not an address this preset is for/)).toBeTruthy();
    expect(sim.state.rows[0]).toMatchObject({ audience: '', scope: '' });

    fireEvent.input(instance, { target: { value: 'orders-abcdefgh1234-ia' } });
    await vi.waitFor(() => expect((instance as HTMLInputElement).value).toBe('orders-abcdefgh1234-ia'));
    fireEvent.submit(instance.closest('form')!);
    await vi.waitFor(() => expect(ui().getByText(/^Filled the form with/)).toBeTruthy());
    expect(sim.state).toMatchObject({ name: 'oic-rest-api', description: 'Oracle Integration — REST API, least privilege' });
    expect(sim.state.rows.map(({ audience, scope }) => ({ audience, scope }))).toEqual([{ audience: OIC, scope: '/ic/api/' }]);
    expect(lastReport()).toMatchObject({ findings: [], maxSeverity: 'none', blocked: false });
    // Back on the list, with Undo.
    expect(root.querySelector('[data-preset-id]')).not.toBeNull();

    fireEvent.click(root.querySelector('[data-action="undo"]')!);
    await vi.waitFor(() => expect(ui().getByText(/^Undid/)).toBeTruthy());
    expect(sim.state).toMatchObject({ name: '', description: '', rows: [{ audience: '', scope: '' }] });
    expect(root.querySelector('[data-action="undo"]')).toBeNull();
  });

  it('fills a preset that asks for nothing with one click', async () => {
    fireEvent.click(root.querySelector('[data-preset-id="account-paas-read"]')!);
    await vi.waitFor(() => expect(sim.state.rows[0]).toMatchObject({ audience: 'urn:opc:resource:scope:account', scope: 'urn:opc:resource:consumer:paas::read' }));
  });

  it('offers a narrower preset next to a wide one', () => {
    fireEvent.click(root.querySelector('[data-preset-id="oic-integrations"]')!);
    const narrower = root.querySelector('.related [data-preset-id="oic-rest-api"]')!;
    fireEvent.click(narrower);
    expect(root.querySelector('[data-chosen-preset]')?.getAttribute('data-chosen-preset')).toBe('oic-rest-api');
  });
});

describe('scope assistant: findings', () => {
  beforeEach(() => {
    assistant.remove();
    mount(DEFAULT_POLICY, [{ audience: OIC, scope: '/ic/api/' }, { audience: OIC, scope: ALL }]);
  });

  it('lists findings with hooks, highlights the offending row, and reports count and worst severity', () => {
    expect(findingIds()).toEqual(['OCG-SCOPE-004', 'OCG-SCOPE-006', 'OCG-SCOPE-013', 'OCG-SCOPE-012']);
    expect(lastReport().maxSeverity).toBe('error');
    const items = Array.from(root.querySelectorAll<HTMLElement>('[data-finding-id]'), (el) => [el.dataset.findingId, el.dataset.severity]);
    expect(items[1]).toEqual(['OCG-SCOPE-006', 'security_warning']);
    expect(panelNow().rows[1]!.element.hasAttribute('data-ocg-highlight')).toBe(true);
    expect(panelNow().rows[0]!.element.hasAttribute('data-ocg-highlight')).toBe(false);
  });

  it('applies a fix to the form; Undo puts the broad scope back', async () => {
    fireEvent.click(root.querySelector('[data-finding-id="OCG-SCOPE-006"] .ocg-finding-fix')!);
    await vi.waitFor(() => expect(ui().getByText('Applied "Use /ic/api/".')).toBeTruthy());
    expect(sim.state.rows.map((row) => row.scope)).toEqual(['/ic/api/', '/ic/api/']);
    expect(findingIds()).not.toContain('OCG-SCOPE-006');
    fireEvent.click(root.querySelector('[data-action="undo"]')!);
    await vi.waitFor(() => expect(sim.state.rows.map((row) => row.scope)).toEqual(['/ic/api/', ALL]));
  });

  it('follows edits of the Console form', async () => {
    const scope = panelNow().rows[1]!.scope!;
    fireEvent.input(scope, { target: { value: '/ic/api/' } });
    expect(findingIds()).toEqual(['OCG-SCOPE-008', 'OCG-SCOPE-013', 'OCG-SCOPE-012']);
    await sim.settled();
  });

  it('clears its highlight and its UI when removed', () => {
    assistant.remove();
    expect(document.querySelector('[data-ocg-highlight]')).toBeNull();
    expect(root.querySelector('.assistant')).toBeNull();
    mount();
  });
});

describe('scope assistant: policy', () => {
  beforeEach(() => {
    assistant.remove();
    mount(DEFAULT_POLICY, [{ audience: OIC, scope: ALL }]);
  });

  it('under "block", drops presets with a denied scope and reports what blocks Generate', () => {
    assistant.setPolicy({ ...DEFAULT_POLICY, enforcement: 'block', deniedScopes: [ALL] });
    expect(root.querySelector('[data-preset-id="oic-integrations"]')).toBeNull();
    expect(root.querySelector('[data-preset-id="oic-rest-api"]')).not.toBeNull();
    expect(lastReport()).toMatchObject({ blocked: true, reasons: [`OCG-POLICY-002: Scope "${ALL}" is denied by your organisation`] });
    expect(assistant.check(panelNow()).blocked).toBe(true);
  });

  it('records a justified exemption where the policy allows it, and withdraws it', async () => {
    assistant.setPolicy({ ...DEFAULT_POLICY, enforcement: 'block', deniedScopes: [ALL], userMayExempt: ['OCG-POLICY-002'] });
    expect(root.querySelector('[data-finding-id="OCG-SCOPE-006"] [data-action="exempt"]')).toBeNull();
    fireEvent.click(root.querySelector('[data-finding-id="OCG-POLICY-002"] [data-action="exempt"]')!);
    const form = await vi.waitFor(() => root.querySelector<HTMLElement>('[data-finding-id="OCG-POLICY-002"] form')!);
    const justification = within(form).getByLabelText(/Why is this acceptable/);
    fireEvent.submit(form);
    await vi.waitFor(() => expect(within(form).getByText(/it goes into the audit log/)).toBeTruthy());
    expect(lastReport().blocked).toBe(true);

    fireEvent.input(justification, { target: { value: 'Approved by the owner' } });
    await vi.waitFor(() => expect((justification as HTMLTextAreaElement).value).toBe('Approved by the owner'));
    fireEvent.submit(form);
    expect(lastReport().blocked).toBe(false);
    expect(lastReport().findings[0]).toMatchObject({ id: 'OCG-POLICY-002', exemption: { by: 'user', justification: 'Approved by the owner' } });

    fireEvent.click(root.querySelector('[data-finding-id="OCG-POLICY-002"] [data-action="withdraw-exemption"]')!);
    expect(lastReport().blocked).toBe(true);
  });
});

describe('scope assistant: keyboard', () => {
  it('moves through the list with the arrow keys and keeps Enter from reaching the Console', async () => {
    const search = ui().getByLabelText('Search presets');
    const consoleKeys = vi.fn();
    document.addEventListener('keydown', consoleKeys);
    search.focus();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(((root.getRootNode() as ShadowRoot).activeElement as HTMLElement).dataset.presetId).toBe('oic-rest-api');
    fireEvent.keyDown((root.getRootNode() as ShadowRoot).activeElement!, { key: 'End' });
    expect(((root.getRootNode() as ShadowRoot).activeElement as HTMLElement).dataset.presetId).toBe('account-paas-read');
    fireEvent.keyDown((root.getRootNode() as ShadowRoot).activeElement!, { key: 'Escape' });
    expect((root.getRootNode() as ShadowRoot).activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'analytics' } });
    await vi.waitFor(() => expect(root.querySelectorAll('[data-preset-id]')).toHaveLength(3));
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(root.querySelector('[data-chosen-preset]')?.getAttribute('data-chosen-preset')).toBe('oac-read');
    expect(consoleKeys.mock.calls.map(([event]) => (event as KeyboardEvent).key)).not.toContain('Enter');
    document.removeEventListener('keydown', consoleKeys);
  });
});
