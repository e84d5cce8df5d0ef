import { describe, expect, it } from 'vitest';
import { filterAudit, type AuditFilter } from '@/utils/audit/filter';
import { createAuditRecord } from '@/utils/audit/record';
import { GENERATED, ITEM_ID, OCID } from './fixtures';

const generated = createAuditRecord(GENERATED, new Date('2026-03-01T10:00:00Z'));
const captured = createAuditRecord({ kind: 'secret-captured', itemId: ITEM_ID, credentialName: 'oic-orders-prod', realm: 'oc2' }, new Date('2026-03-02T10:00:00Z'));
const attached = createAuditRecord({ kind: 'ocid-attached', itemId: ITEM_ID, ocid: OCID }, new Date('2026-03-03T10:00:00Z'));
const otherRealm = createAuditRecord({ ...GENERATED, realm: 'oc19', credentialName: 'analytics-eu', pairs: [] }, new Date('2026-03-04T10:00:00Z'));
const all = [generated, captured, attached, otherRealm];

describe('filterAudit', () => {
  it.each<[string, AuditFilter, unknown[]]>([
    ['no filter', {}, all],
    ['one kind', { kind: 'credential-generated' }, [generated, otherRealm]],
    ['several kinds', { kind: ['secret-captured', 'ocid-attached'] }, [captured, attached]],
    ['a realm (records without one excluded)', { realm: 'OC2' }, [generated, captured]],
    ['text in the name', { text: 'ANALYTICS' }, [otherRealm]],
    ['text in a scope', { text: '/ic/api/' }, [generated]],
    ['text in a finding id', { text: 'ocg-policy-004' }, [generated, otherRealm]],
    ['text in the target user', { text: 'jane.doe' }, [generated, otherRealm]],
    ['text in an OCID', { text: 'ocid1.credential.oc2' }, [attached]],
    ['blank text', { text: '   ' }, all],
    ['from (inclusive)', { from: new Date('2026-03-02T10:00:00Z') }, [captured, attached, otherRealm]],
    ['to (inclusive)', { to: new Date('2026-03-02T10:00:00Z') }, [generated, captured]],
    ['everything at once', { kind: 'credential-generated', realm: 'oc2', text: 'orders', from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-01T23:59:59Z') }, [generated]],
    ['nothing matches', { text: 'no such credential' }, []],
  ])('%s', (_label, filter, expected) => {
    expect(filterAudit(all, filter)).toEqual(expected);
  });
});
