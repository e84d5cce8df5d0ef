import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffPageUrl, type VaultClient } from '@/components/popup/vault-client';
import { VaultPopup } from '@/components/popup/VaultPopup';
import type { DamagedEntry } from '@/utils/vault/damaged';
import type { VaultItemSummary } from '@/utils/vault/item';
import { formatWhen } from '@/components/popup/when';
import { context, HOUR, itemId, OCID_OC1, T0 } from './fixtures';

const item = (overrides: Partial<VaultItemSummary> = {}): VaultItemSummary => ({
  id: itemId(),
  state: 'sealed',
  context: context(),
  capturedAt: T0,
  expiresAt: T0 + 24 * HOUR,
  ...overrides,
});

function fakeClient(items: VaultItemSummary[], problems: DamagedEntry[] = []) {
  let current = [...items];
  let notify = () => {};
  const client = {
    list: vi.fn(async () => ({ items: current, problems })),
    remove: vi.fn(async (id: string) => {
      current = current.filter((entry) => entry.id !== id);
    }),
    openHandoff: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    watch: vi.fn((onChange: () => void) => {
      notify = onChange;
      return () => {};
    }),
  } satisfies VaultClient;
  return { client, change: (next: VaultItemSummary[]) => ((current = next), notify()) };
}

const show = (client: VaultClient, now = T0 + HOUR) => render(<VaultPopup client={client} now={() => now} />);

describe('popup', () => {
  afterEach(cleanup);

  it('explains how capture works when nothing awaits handoff', async () => {
    show(fakeClient([]).client);
    expect(await screen.findByRole('heading', { name: 'Nothing awaits handoff' })).toBeTruthy();
    expect(screen.getByText(/Capture into handoff vault/)).toBeTruthy();
  });

  it('lists each item with its name, target user, realm, capture time and time left', async () => {
    show(fakeClient([item()]).client);
    const row = await screen.findByRole('listitem', { name: 'ci-deploy' });
    expect(row.textContent).toContain('svc-ci@example.com');
    expect(row.textContent).toContain('oc1 · us-ashburn-1');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe(new Date(T0).toISOString());
    expect(row.textContent).toContain('23 h 0 min left');
    expect(row.textContent).toContain('OCIDnot seen yet');
  });

  it('shows the OCID once the Console showed it', async () => {
    show(fakeClient([item({ ocid: OCID_OC1 })]).client);
    expect((await screen.findByRole('listitem', { name: 'ci-deploy' })).textContent).toContain(`OCID${OCID_OC1}`);
  });

  it('says what the Console did not show', async () => {
    show(fakeClient([item({ context: context({ targetUser: undefined, realm: undefined, region: undefined }) })]).client);
    const row = await screen.findByRole('listitem', { name: 'ci-deploy' });
    expect(row.textContent).toContain('not shown by the Console');
    expect(row.textContent).toContain('unknown');
  });

  it('opens the handoff page for an item', async () => {
    const entry = item();
    const { client } = fakeClient([entry]);
    show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Open handoff' }));
    expect(client.openHandoff).toHaveBeenCalledWith(entry.id);
  });

  it('opens the policy and audit log (the options page), also from the keyboard', async () => {
    const { client } = fakeClient([]);
    show(client);
    const link = await screen.findByRole('button', { name: 'Policy and audit log' });
    link.focus();
    expect(document.activeElement).toBe(link);
    fireEvent.click(link);
    expect(client.openOptions).toHaveBeenCalledTimes(1);
  });

  it('says so when the options page cannot be opened', async () => {
    const { client } = fakeClient([]);
    client.openOptions.mockRejectedValueOnce(new Error('Could not create an options page.'));
    show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Policy and audit log' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not create an options page.');
  });

  it('asks for confirmation before deleting, with the focus on the confirming button', async () => {
    const entry = item();
    const { client } = fakeClient([entry]);
    show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(client.remove).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Delete secret' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    await waitFor(() => expect(client.remove).toHaveBeenCalledWith(entry.id));
    expect(await screen.findByRole('heading', { name: 'Nothing awaits handoff' })).toBeTruthy();
  });

  it('cancels the deletion with Escape and gives the focus back to Delete', async () => {
    const { client } = fakeClient([item()]);
    show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Delete secret' }), { key: 'Escape' });
    const deleteButton = await screen.findByRole('button', { name: 'Delete' });
    await waitFor(() => expect(document.activeElement).toBe(deleteButton));
    expect(screen.queryByRole('button', { name: 'Delete secret' })).toBeNull();
    expect(client.remove).not.toHaveBeenCalled();
  });

  it('shows an item lost to a browser restart, with the way out', async () => {
    const entry = item({ state: 'unopenable' });
    const { client } = fakeClient([entry]);
    show(client);
    const row = await screen.findByRole('listitem', { name: 'ci-deploy' });
    expect(row.textContent).toMatch(/can no longer be opened\. Regenerate the secret in the Console/);
    expect(screen.queryByRole('button', { name: 'Open handoff' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(client.remove).toHaveBeenCalledWith(entry.id));
  });

  it('follows vault changes while open', async () => {
    const { client, change } = fakeClient([]);
    show(client);
    await screen.findByRole('heading', { name: 'Nothing awaits handoff' });
    change([item({ context: context({ credentialName: 'new-one' }) })]);
    expect(await screen.findByRole('listitem', { name: 'new-one' })).toBeTruthy();
  });

  it('reports stored items it had to skip, and when they go', async () => {
    const damaged = (key: string, reason: string, foundAt: number) => ({ key, reason, foundAt, removesAt: foundAt + 24 * HOUR });
    show(fakeClient([item()], [damaged('vault.item.x', 'sealed: Invalid input', T0)]).client);
    expect((await screen.findByRole('note')).textContent).toBe(
      `One stored item could not be read and was skipped (sealed: Invalid input). It is removed automatically from ${formatWhen(T0 + 24 * HOUR)}.`,
    );
    cleanup();
    show(fakeClient([], [damaged('vault.item.y', 'a', T0 + HOUR), damaged('vault.item.z', 'b', T0)]).client);
    expect((await screen.findByRole('note')).textContent).toBe(
      `2 stored items could not be read and were skipped (a; b). They are removed automatically from ${formatWhen(T0 + 24 * HOUR)}.`,
    );
  });

  it('shows the vault’s refusal', async () => {
    const { client } = fakeClient([]);
    client.list.mockRejectedValueOnce(new Error('Refused "vault/list": …'));
    show(client);
    expect((await screen.findByRole('alert')).textContent).toBe('Refused "vault/list": …');
  });
});

describe('handoffPageUrl', () => {
  it('points at the extension handoff page with the item id', () => {
    expect(handoffPageUrl('chrome-extension://abc/', '0123456789abcdef0123456789abcdef')).toBe(
      'chrome-extension://abc/handoff.html?item=0123456789abcdef0123456789abcdef',
    );
  });
});
