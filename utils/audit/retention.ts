import type { AuditSettings } from '../policy/schema';
import type { AuditEvent, AuditRecord } from './record';
import { createAuditRecord } from './record';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps the records from the last `retentionDays` days (a record exactly at the limit stays). */
export function pruneAudit(records: readonly AuditRecord[], retentionDays: number, now: Date): AuditRecord[] {
  const oldestKept = now.getTime() - retentionDays * DAY_MS;
  return records.filter((record) => Date.parse(record.at) >= oldestKept);
}

/**
 * The log after an event: pruned to the retention period, with the event appended when the
 * audit is on. Pruning happens even when the audit is off, so switching it off never keeps old
 * records longer than the policy allows.
 */
export function recordAudit(
  records: readonly AuditRecord[],
  event: AuditEvent,
  settings: AuditSettings,
  now: Date,
): AuditRecord[] {
  const kept = pruneAudit(records, settings.retentionDays, now);
  return settings.enabled ? [...kept, createAuditRecord(event, now)] : kept;
}
