import type { AuditKind, AuditRecord } from './record';

export interface AuditFilter {
  kind?: AuditKind | readonly AuditKind[];
  /** Realm key, e.g. "oc1"; records without a realm do not match. */
  realm?: string;
  /** Case-insensitive substring of the credential name, OCID, user, domain, region, scopes or finding ids. */
  text?: string;
  /** Inclusive bounds on the record's time. */
  from?: Date;
  to?: Date;
}

function searchableText(record: AuditRecord): string {
  const parts: (string | undefined)[] = [record.kind, record.credentialName, record.ocid, record.realm, record.itemId];
  if (record.kind === 'credential-generated') {
    parts.push(record.region, record.identityDomain, record.targetUser);
    for (const pair of record.pairs) parts.push(pair.audience, pair.scope);
    for (const finding of record.findings) parts.push(finding.id, finding.title);
    for (const exemption of record.exemptions) parts.push(exemption.findingId, exemption.justification);
  }
  if (record.kind === 'handoff-delivered') parts.push(record.channel);
  return parts.filter((part) => part !== undefined).join('\n').toLowerCase();
}

export function filterAudit(records: readonly AuditRecord[], filter: AuditFilter): AuditRecord[] {
  const kinds = filter.kind === undefined ? undefined : ([] as AuditKind[]).concat(filter.kind);
  const realm = filter.realm?.toLowerCase();
  const needle = filter.text?.trim().toLowerCase();
  const from = filter.from?.getTime();
  const to = filter.to?.getTime();
  return records.filter((record) => {
    if (kinds && !kinds.includes(record.kind)) return false;
    if (realm && record.realm?.toLowerCase() !== realm) return false;
    const at = Date.parse(record.at);
    if (from !== undefined && at < from) return false;
    if (to !== undefined && at > to) return false;
    return !needle || searchableText(record).includes(needle);
  });
}
