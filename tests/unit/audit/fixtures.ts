import type { AuditEvent } from '@/utils/audit/record';

export const OCID = 'ocid1.credential.oc2..aaaaaaaabbbbbbbbccccccccdddddddd';
export const ITEM_ID = '0123456789abcdef0123456789abcdef';

export const GENERATED = {
  kind: 'credential-generated',
  realm: 'oc2',
  region: 'us-langley-1',
  identityDomain: 'Default',
  targetUser: 'jane.doe@example.com',
  credentialName: 'oic-orders-prod',
  itemId: ITEM_ID,
  pairs: [{ audience: 'https://abc.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }],
  findings: [{ id: 'OCG-POLICY-004', severity: 'warning', title: 'A description is required by your organisation' }],
  exemptions: [{ findingId: 'OCG-POLICY-004', pattern: 'OCG-POLICY-004', justification: 'Ticket SEC-42', by: 'policy' }],
} satisfies AuditEvent;
