import type { AuditSettings } from '../policy/schema';
import type { AuditEvent, AuditRecord } from './record';
import { createAuditRecord } from './record';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most records the log keeps, whatever the retention: a flood of events (a script generating
 * credentials in a loop) must not fill storage.local, which the vault shares. A typical
 * credential-generated record is well under 1 kB, so a full log stays within a few MB.
 */
export const MAX_AUDIT_RECORDS = 5_000;

/**
 * Keeps the records from the last `retentionDays` days (a record exactly at the limit stays), and
 * of those at most the `maxRecords` last written: the log is oldest first, so the oldest go first.
 */
export function pruneAudit(
  records: readonly AuditRecord[],
  retentionDays: number,
  now: Date,
  maxRecords: number = MAX_AUDIT_RECORDS,
): AuditRecord[] {
  const oldestKept = now.getTime() - retentionDays * DAY_MS;
  const recent = records.filter((record) => Date.parse(record.at) >= oldestKept);
  return recent.slice(Math.max(0, recent.length - maxRecords));
}

/**
 * The log after an event: pruned to the retention period and the size cap, with the event
 * appended when the audit is on (the new record always stays; the oldest make room for it).
 * Pruning happens even when the audit is off, so switching it off never keeps old records longer
 * than the policy allows.
 */
export function recordAudit(
  records: readonly AuditRecord[],
  event: AuditEvent,
  settings: AuditSettings,
  now: Date,
  maxRecords: number = MAX_AUDIT_RECORDS,
): AuditRecord[] {
  if (!settings.enabled) return pruneAudit(records, settings.retentionDays, now, maxRecords);
  return [...pruneAudit(records, settings.retentionDays, now, maxRecords - 1), createAuditRecord(event, now)];
}
