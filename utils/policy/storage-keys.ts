// Where the policy lives. Kept apart from the schemas so that a content script watching for changes
// does not pull zod in.

/** storage.local: the policy a security team imported in the options page (unmanaged installs, testing). */
export const LOCAL_POLICY_KEY = 'policy.local';

/**
 * storage.local: the audit log as versions before 2026-11 kept it, one array of audit records.
 * Read only to migrate it to chunks (utils/audit/audit-log.ts), then removed.
 */
export const AUDIT_LEGACY_LOG_KEY = 'audit.log';

/** storage.local: the audit log's index, which chunks hold its records, oldest first. */
export const AUDIT_INDEX_KEY = 'audit.log.index';

/** What every audit chunk's key starts with: `audit.log.<id>`. */
export const AUDIT_CHUNK_PREFIX = 'audit.log.';
const AUDIT_CHUNK_KEY = /^audit\.log\.(0|[1-9]\d{0,14})$/;

/** storage.local: one chunk of the audit log, an array of audit records (oldest first). */
export function auditChunkKey(id: number): string {
  return `${AUDIT_CHUNK_PREFIX}${id}`;
}

/** The chunk id a storage key names, or undefined when it is not an audit chunk's key. */
export function auditChunkId(key: string): number | undefined {
  const match = AUDIT_CHUNK_KEY.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** storage.local: how many unreadable audit records were dropped since the log was last cleared. */
export const AUDIT_UNREADABLE_KEY = 'audit.unreadable';

/** True when a storage change may change what the audit log holds (its index, a chunk, the unreadable count). */
export function touchesAuditLog(changes: Record<string, unknown>, areaName: string): boolean {
  return (
    areaName === 'local' &&
    Object.keys(changes).some((key) => key === AUDIT_UNREADABLE_KEY || key === AUDIT_LEGACY_LOG_KEY || key.startsWith(AUDIT_CHUNK_PREFIX))
  );
}

/** True when a storage change may change the effective policy. */
export function touchesPolicy(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || (areaName === 'local' && LOCAL_POLICY_KEY in changes);
}
