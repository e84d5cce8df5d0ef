import { fullyQualifiedScope } from '../scopes/fully-qualified';
import { AUDIT_SCHEMA_VERSION, type AuditRecord } from './record';

// Exports for a security team's own tools. JSON keeps every field; CSV flattens a record to one
// row with fixed columns (RFC 4180: CRLF rows, quotes doubled, quoted cells where needed).

export const AUDIT_EXPORT_FORMAT = 'oci-credential-guard-audit';

export function auditToJson(records: readonly AuditRecord[]): string {
  return JSON.stringify({ format: AUDIT_EXPORT_FORMAT, schemaVersion: AUDIT_SCHEMA_VERSION, records }, null, 2);
}

const COLUMNS = [
  'at', 'kind', 'realm', 'region', 'identityDomain', 'targetUser', 'credentialName', 'ocid',
  'pairs', 'findings', 'exemptions', 'channel', 'itemId', 'id', 'schemaVersion',
] as const;
type Column = (typeof COLUMNS)[number];

function cells(record: AuditRecord): Record<Column, string> {
  const generated = record.kind === 'credential-generated' ? record : undefined;
  return {
    at: record.at,
    kind: record.kind,
    realm: record.realm ?? '',
    region: generated?.region ?? '',
    identityDomain: generated?.identityDomain ?? '',
    targetUser: generated?.targetUser ?? '',
    credentialName: record.credentialName ?? '',
    ocid: record.ocid ?? '',
    // Several values in one cell, one per line: quoting keeps the row intact.
    pairs: generated?.pairs.map(fullyQualifiedScope).join('\n') ?? '',
    findings: generated?.findings.map((f) => `${f.id} ${f.severity}: ${f.title}`).join('\n') ?? '',
    exemptions: generated?.exemptions.map((e) => `${e.findingId} (${e.by}, ${e.pattern}): ${e.justification}`).join('\n') ?? '',
    channel: record.kind === 'handoff-delivered' ? record.channel : '',
    itemId: record.itemId ?? '',
    id: record.id,
    schemaVersion: String(record.schemaVersion),
  };
}

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (it starts with = + - @, tab or
 * carriage return; OWASP's list) gets a leading apostrophe, because names and scopes come from the page.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditToCsv(records: readonly AuditRecord[]): string {
  const rows = [COLUMNS.join(','), ...records.map((record) => {
    const row = cells(record);
    return COLUMNS.map((column) => csvCell(row[column])).join(',');
  })];
  return rows.join('\r\n') + '\r\n';
}
