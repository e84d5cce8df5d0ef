import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS, auditRecordSchema, createAuditRecord, parseAuditLog, type AuditEvent } from '@/utils/audit/record';
import { GENERATED, ITEM_ID, OCID } from './fixtures';

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe('audit records', () => {
  it('adds the schema version, a random id and the time', () => {
    const a = createAuditRecord(GENERATED, NOW);
    const b = createAuditRecord(GENERATED, NOW);
    expect(a).toMatchObject({ ...GENERATED, schemaVersion: 1, at: '2026-03-01T10:00:00.000Z' });
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    { kind: 'secret-captured', itemId: ITEM_ID, credentialName: 'x', realm: 'oc2' },
    { kind: 'ocid-attached', itemId: ITEM_ID, ocid: OCID },
    { kind: 'item-opened', itemId: ITEM_ID },
    { kind: 'handoff-delivered', itemId: ITEM_ID, channel: 'read-aloud' },
    { kind: 'item-expired', itemId: ITEM_ID },
    { kind: 'item-purged', itemId: ITEM_ID },
    { kind: 'item-unopenable', itemId: ITEM_ID },
    { kind: 'closed-before-capture', credentialName: 'x', realm: 'oc19' },
    { kind: 'closed-before-capture' },
  ] satisfies AuditEvent[])('accepts a $kind event', (event) => {
    expect(createAuditRecord(event, NOW).kind).toBe(event.kind);
  });

  it('knows every kind', () => {
    expect(AUDIT_KINDS).toEqual([
      'credential-generated', 'secret-captured', 'ocid-attached', 'item-opened',
      'handoff-delivered', 'item-expired', 'item-purged', 'item-unopenable', 'closed-before-capture',
    ]);
  });

  it.each(['secret', 'password', 'token', 'plaintext'])('rejects a record carrying a %s field', (field) => {
    const withSecret = { ...GENERATED, [field]: 'i7BKNOG:1z1A)bqaY(]F' } as AuditEvent;
    expect(() => createAuditRecord(withSecret, NOW)).toThrow(/Unrecognized key/);
    const stored = { ...createAuditRecord(GENERATED, NOW), [field]: 'i7BKNOG:1z1A)bqaY(]F' };
    expect(auditRecordSchema.safeParse(stored).success).toBe(false);
  });

  it('rejects a secret hidden one level down, in a pair or a finding', () => {
    const record = createAuditRecord(GENERATED, NOW);
    expect(auditRecordSchema.safeParse(record).success).toBe(true);
    const inPair = { ...record, pairs: [{ audience: 'https://x.example', scope: '/ic/api/', secret: 's' }] };
    expect(auditRecordSchema.safeParse(inPair).success).toBe(false);
    const inFinding = { ...record, findings: [{ id: 'OCG-X', severity: 'error', title: 't', secret: 's' }] };
    expect(auditRecordSchema.safeParse(inFinding).success).toBe(false);
  });

  it.each([
    ['a delivery without a channel', { kind: 'handoff-delivered', itemId: ITEM_ID }],
    ['an unknown channel', { kind: 'handoff-delivered', itemId: ITEM_ID, channel: 'fax' }],
    ['an OCID attachment without the OCID', { kind: 'ocid-attached', itemId: ITEM_ID }],
    ['an OCID of another resource', { kind: 'ocid-attached', ocid: 'ocid1.user.oc1..aaaaaaaabbbbbbbbcccc' }],
    ['a generated credential without a name', { ...GENERATED, credentialName: '  ' }],
    ['an unknown kind', { kind: 'credential-deleted' }],
  ])('rejects %s', (_label, event) => {
    expect(() => createAuditRecord(event as AuditEvent, NOW)).toThrow();
  });

  it('reads a stored log, dropping what does not validate', () => {
    const good = createAuditRecord(GENERATED, NOW);
    expect(parseAuditLog([good, { ...good, secret: 'x' }, 42])).toEqual({ records: [good], dropped: 2 });
    expect(parseAuditLog(undefined)).toEqual({ records: [], dropped: 0 });
    expect(parseAuditLog({ not: 'a list' })).toEqual({ records: [], dropped: 1 });
  });
});
