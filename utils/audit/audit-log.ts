import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AuditSettings } from '../policy/schema';
import { AUDIT_LOG_KEY, AUDIT_UNREADABLE_KEY } from '../policy/storage-keys';
import { createSerialQueue } from '../vault/serial';
import { parseAuditLog, type AuditEvent, type AuditRecord } from './record';
import { pruneAudit, recordAudit } from './retention';

// Browser-bound (storage.local): the audit log the background keeps. Only the background writes
// it, and every change runs through one queue, so two events arriving together (a Generate in one
// tab, a capture in another) each see the other's record instead of overwriting it.
// Retention and the size cap (MAX_AUDIT_RECORDS, oldest dropped first) are applied on every append
// and read, at the background's start, once a day (alarm) and when a policy source changes
// (utils/audit/install.ts), so records never outlive the policy.
// Records that no longer validate are dropped, never repaired, and counted so the options page
// can say the log was damaged.

export interface AuditLogContents {
  /** Oldest first. */
  records: AuditRecord[];
  /** Unreadable records removed since the log was last cleared. */
  unreadable: number;
}

export interface AuditLog {
  /** Records the event at `at` (default: now) when the audit is on; prunes either way. */
  append(event: AuditEvent, at?: Date): Promise<{ recorded: boolean }>;
  /** The log after pruning. */
  read(): Promise<AuditLogContents>;
  prune(): Promise<void>;
  /** Empties the log; returns how many records it held. */
  clear(): Promise<{ cleared: number }>;
}

export interface AuditLogOptions {
  /** The audit settings in force (the effective policy's), asked at every change. */
  settings: () => Promise<AuditSettings>;
  now?: () => Date;
}

const unreadableCount = z.int().nonnegative().catch(0);

interface Stored {
  records: AuditRecord[];
  unreadable: number;
  /** Whether what is stored differs from `records` (records dropped when read). */
  dirty: boolean;
}

async function load(): Promise<Stored> {
  const stored = await browser.storage.local.get([AUDIT_LOG_KEY, AUDIT_UNREADABLE_KEY]);
  const { records, dropped } = parseAuditLog(stored[AUDIT_LOG_KEY]);
  if (dropped > 0) console.warn(`OCI Credential Guard dropped ${dropped} unreadable audit record(s).`);
  return { records, unreadable: unreadableCount.parse(stored[AUDIT_UNREADABLE_KEY]) + dropped, dirty: dropped > 0 };
}

async function save(records: readonly AuditRecord[], unreadable: number): Promise<void> {
  await browser.storage.local.set({ [AUDIT_LOG_KEY]: records, [AUDIT_UNREADABLE_KEY]: unreadable });
}

export function createAuditLog({ settings, now = () => new Date() }: AuditLogOptions): AuditLog {
  const serial = createSerialQueue();

  /** Loads, prunes and writes back only when something changed (a read must not fire storage events). */
  const pruned = () =>
    serial(async () => {
      const stored = await load();
      const records = pruneAudit(stored.records, (await settings()).retentionDays, now());
      if (stored.dirty || records.length !== stored.records.length) await save(records, stored.unreadable);
      return { records, unreadable: stored.unreadable };
    });

  return {
    append: (event, at) =>
      serial(async () => {
        const stored = await load();
        const audit = await settings();
        // Pruned against the present, whatever time the event carries.
        const kept = pruneAudit(stored.records, audit.retentionDays, now());
        const records = recordAudit(kept, event, audit, at ?? now());
        const recorded = audit.enabled;
        if (recorded || stored.dirty || records.length !== stored.records.length) await save(records, stored.unreadable);
        return { recorded };
      }),
    read: pruned,
    prune: async () => void (await pruned()),
    clear: () =>
      serial(async () => {
        const { records } = await load();
        await browser.storage.local.remove([AUDIT_LOG_KEY, AUDIT_UNREADABLE_KEY]);
        return { cleared: records.length };
      }),
  };
}
