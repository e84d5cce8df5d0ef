import { describe, expect, it } from 'vitest';
import { auditEventFromVault } from '@/utils/audit/from-vault';
import { createAuditRecord } from '@/utils/audit/record';
import type { VaultEvent, VaultEventKind } from '@/utils/vault/events';
import { ITEM_ID, OCID } from './fixtures';

const base: VaultEvent = {
  kind: 'captured',
  at: Date.parse('2026-03-01T10:00:00Z'),
  itemId: ITEM_ID,
  credentialName: 'oic-orders-prod',
  realm: 'oc2',
  region: 'us-langley-1',
  host: 'console.us-langley-1.oraclegovcloud.com',
  pairs: [{ audience: 'https://abc.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }],
  capturedAt: Date.parse('2026-03-01T10:00:00Z'),
};

describe('auditEventFromVault', () => {
  it.each<[VaultEventKind, Partial<VaultEvent>, string]>([
    ['captured', {}, 'secret-captured'],
    ['ocid-attached', { ocid: OCID }, 'ocid-attached'],
    ['opened', {}, 'item-opened'],
    ['delivered', { channel: 'file' }, 'handoff-delivered'],
    ['deleted', {}, 'item-purged'],
    ['expired', {}, 'item-expired'],
    ['unopenable', {}, 'item-unopenable'],
  ])('maps %s to a valid %s record with only the identifying facts', (kind, extra, auditKind) => {
    const event = auditEventFromVault({ ...base, ...extra, kind });
    expect(event.kind).toBe(auditKind);
    const record = createAuditRecord(event, new Date(base.at));
    expect(record).toMatchObject({ itemId: ITEM_ID, credentialName: 'oic-orders-prod', realm: 'oc2' });
    expect(Object.keys(record)).not.toContain('pairs');
    expect(Object.keys(record)).not.toContain('host');
  });

  it('refuses a delivery without a channel and an attachment without an OCID', () => {
    expect(() => auditEventFromVault({ ...base, kind: 'delivered' })).toThrow(/channel/);
    expect(() => auditEventFromVault({ ...base, kind: 'ocid-attached' })).toThrow(/OCID/);
  });

  it('maps a discarded damaged entry to a purge of the item its key names, and nothing more', () => {
    const discarded = { kind: 'discarded', at: base.at, key: `vault.item.${ITEM_ID}`, reason: 'sealed: Invalid input' } as const;
    expect(auditEventFromVault({ ...discarded, itemId: ITEM_ID })).toEqual({ kind: 'item-purged', itemId: ITEM_ID });
    expect(auditEventFromVault({ ...discarded, key: 'vault.item.junk' })).toEqual({ kind: 'item-purged' });
    expect(createAuditRecord(auditEventFromVault(discarded), new Date(base.at))).toMatchObject({ kind: 'item-purged' });
  });
});
