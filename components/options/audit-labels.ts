import type { AuditKind, AuditRecord } from '@/utils/audit/record';
import { fullyQualifiedScope } from '@/utils/scopes/fully-qualified';

// How the options page names audit records and sums up what each one says.

export const AUDIT_KIND_LABEL: Record<AuditKind, string> = {
  'credential-generated': 'Credential generated',
  'secret-captured': 'Secret captured',
  'ocid-attached': 'OCID attached',
  'item-opened': 'Opened for handoff',
  'handoff-delivered': 'Handoff delivered',
  'item-expired': 'Expired in the vault',
  'item-purged': 'Deleted from the vault',
  'item-unopenable': 'Lost (browser restarted)',
  'closed-before-capture': 'Closed before capture (secret lost)',
};

/** The record's facts beyond time, kind, name, realm and OCID, one line each. */
export function auditDetails(record: AuditRecord): string[] {
  if (record.kind === 'handoff-delivered') return [`Channel: ${record.channel}`];
  if (record.kind !== 'credential-generated') return [];
  const where = [record.region, record.identityDomain && `domain ${record.identityDomain}`, record.targetUser && `user ${record.targetUser}`]
    .filter(Boolean)
    .join(', ');
  return [
    ...(where ? [where] : []),
    ...record.pairs.map((pair) => `Scope: ${fullyQualifiedScope(pair)}`),
    ...(record.findings.length > 0 ? [`Findings: ${record.findings.map((f) => `${f.id} (${f.severity})`).join(', ')}`] : []),
    ...record.exemptions.map((e) => `Exempted ${e.findingId} by ${e.by}: ${e.justification}`),
  ];
}
