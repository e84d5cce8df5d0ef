import { AUDIT_LEGACY_LOG_KEY, auditChunkId } from '../policy/storage-keys';
import { parseAuditLog, type AuditRecord } from './record';

// Pure: the audit records found in storage.local without a usable index, when the log is migrated
// from the one array earlier versions kept (`audit.log`) or the index is missing or unreadable.
// Nothing is lost that still validates: the legacy array first (it predates every chunk), then the
// chunks in id order. A record seen twice (a migration interrupted after its chunks were written)
// is kept once: ids are random and unique.

export interface RecoveredAudit {
  /** Oldest first. */
  records: AuditRecord[];
  /** Entries that did not validate (a legacy or chunk value that is not an array counts as one). */
  dropped: number;
  /** The storage keys the records came from: the legacy key and every chunk key found. */
  keys: string[];
}

export function recoverAuditLog(stored: Readonly<Record<string, unknown>>): RecoveredAudit {
  const present = Object.keys(stored).filter((key) => stored[key] !== undefined);
  const chunkKeys = present
    .map((key) => ({ key, id: auditChunkId(key) }))
    .filter((found): found is { key: string; id: number } => found.id !== undefined)
    .sort((a, b) => a.id - b.id)
    .map((found) => found.key);
  const keys = [...(present.includes(AUDIT_LEGACY_LOG_KEY) ? [AUDIT_LEGACY_LOG_KEY] : []), ...chunkKeys];

  const seen = new Set<string>();
  const records: AuditRecord[] = [];
  let dropped = 0;
  for (const key of keys) {
    const parsed = parseAuditLog(stored[key]);
    dropped += parsed.dropped;
    for (const record of parsed.records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
  }
  return { records, dropped, keys };
}
