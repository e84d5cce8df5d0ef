import { describe, expect, it } from 'vitest';
import { AUDIT_KIND_LABEL, auditDetails } from '@/components/options/audit-labels';
import { AUDIT_KINDS, createAuditRecord } from '@/utils/audit/record';
import { GENERATED, ITEM_ID } from '../audit/fixtures';

const AT = new Date('2026-06-15T12:00:00Z');

describe('audit labels', () => {
  it('names every kind of record', () => {
    expect(Object.keys(AUDIT_KIND_LABEL).sort()).toEqual([...AUDIT_KINDS].sort());
  });

  it.each([
    ['a generated credential', createAuditRecord(GENERATED, AT), [
      'us-langley-1, domain Default, user jane.doe@example.com',
      'Scope: https://abc.integration.ocp.oraclegovcloud.com:443/ic/api/',
      'Findings: OCG-POLICY-004 (warning)',
      'Exempted OCG-POLICY-004 by policy: Ticket SEC-42',
    ]],
    ['a delivery', createAuditRecord({ kind: 'handoff-delivered', itemId: ITEM_ID, channel: 'read-aloud' }, AT), ['Channel: read-aloud']],
    ['an expiry', createAuditRecord({ kind: 'item-expired', itemId: ITEM_ID }, AT), []],
  ])('%s', (_label, record, lines) => {
    expect(auditDetails(record)).toEqual(lines);
  });
});
