import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuditLogContents } from '@/utils/audit/audit-log';
import { installAudit } from '@/utils/audit/install';
import { createAuditRecord } from '@/utils/audit/record';
import { startMessageRouter } from '@/utils/messages/listen';
import { LOCAL_POLICY_KEY } from '@/utils/policy/storage-keys';
import type { VaultEvent } from '@/utils/vault/events';
import { send, senders, value } from '../vault/background';
import { GENERATED, ITEM_ID, OCID } from './fixtures';
import { storeAuditLog, storedAuditRecords } from './stored';

const list = () => value<AuditLogContents>({ type: 'audit/list' }, senders.page());
const kinds = async () => (await list()).records.map((record) => record.kind);

describe('installAudit (background)', () => {
  let audit: ReturnType<typeof installAudit>;
  beforeEach(() => {
    fakeBrowser.reset();
    audit = installAudit({ router: startMessageRouter() });
  });

  it('records Generate reported by a content script, for the options page to list', async () => {
    expect(await send({ type: 'audit/credential-generated', event: GENERATED }, senders.content())).toEqual({
      ok: true,
      value: { recorded: true },
    });
    expect((await list()).records).toEqual([expect.objectContaining(GENERATED)]);
  });

  it('records a secret dialog closed before capture, reported by a content script', async () => {
    const event = { kind: 'closed-before-capture', credentialName: 'orders-sync', realm: 'oc19' } as const;
    expect(await value({ type: 'audit/closed-before-capture', event }, senders.content())).toEqual({ recorded: true });
    expect((await list()).records).toEqual([expect.objectContaining(event)]);
    expect(await send({ type: 'audit/closed-before-capture', event }, senders.page())).toMatchObject({ ok: false });
  });

  it('refuses a report with a field the audit record does not list, and records nothing', async () => {
    const reply = await send({ type: 'audit/credential-generated', event: { ...GENERATED, secret: 'i7BKNOG:1z1A)bqaY(]F' } }, senders.content());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('secret') });
    expect(JSON.stringify(reply)).not.toContain('bqaY');
    expect(await kinds()).toEqual([]);
  });

  it('follows the effective policy: no record while the local policy turns the audit off', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { audit: { enabled: false } } });
    expect(await value({ type: 'audit/credential-generated', event: GENERATED }, senders.content())).toEqual({ recorded: false });
    expect(await kinds()).toEqual([]);
  });

  it('lets only extension pages read the log', async () => {
    expect(await send({ type: 'audit/list' }, senders.content())).toMatchObject({ ok: false });
  });

  it('turns vault events into records at the time the vault saw them', async () => {
    const at = Date.now() - 60 * 60 * 1000;
    const event: VaultEvent = {
      kind: 'ocid-attached', at, itemId: ITEM_ID, credentialName: 'oic-orders-prod', realm: 'oc2', host: 'console.us-langley-1.oraclegovcloud.com',
      ocid: OCID, pairs: [], capturedAt: at,
    };
    await audit.vaultSink(event);
    expect((await list()).records).toEqual([
      expect.objectContaining({ kind: 'ocid-attached', itemId: ITEM_ID, ocid: OCID, realm: 'oc2', at: new Date(at).toISOString() }),
    ]);
  });

  it('clears the log on request, but not while a managed policy applies', async () => {
    await audit.log.append(GENERATED);
    await fakeBrowser.storage.managed.set({ enforcement: 'block' });
    expect(await send({ type: 'audit/clear' }, senders.page())).toMatchObject({ ok: false, error: expect.stringContaining('organization') });
    expect(await kinds()).toEqual(['credential-generated']);

    await fakeBrowser.storage.managed.clear();
    expect(await value({ type: 'audit/clear' }, senders.page())).toEqual({ cleared: 1 });
    expect(await kinds()).toEqual([]);
  });

  it('prunes at once when a policy change shortens the retention', async () => {
    const old = createAuditRecord({ kind: 'item-expired', itemId: ITEM_ID }, new Date(Date.now() - 10 * 24 * 60 * 60 * 1000));
    await storeAuditLog([old]);
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { audit: { retentionDays: 7 } } });
    await vi.waitFor(async () => expect(await storedAuditRecords()).toEqual([]));
  });

  it('keeps a daily pruning alarm', async () => {
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('ocg-audit-prune')).toMatchObject({ periodInMinutes: 24 * 60 }));
  });
});
