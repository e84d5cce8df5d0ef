import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AuditSettings } from '../policy/schema';
import { AUDIT_INDEX_KEY, AUDIT_LEGACY_LOG_KEY, AUDIT_UNREADABLE_KEY, auditChunkKey } from '../policy/storage-keys';
import { createSerialQueue } from '../vault/serial';
import { auditIndexSchema, chunkAudit, chunkStorageEntries, EMPTY_AUDIT_INDEX, planAudit, type AuditChange, type AuditIndex } from './chunk-plan';
import { recoverAuditLog, type RecoveredAudit } from './chunk-recovery';
import { createAuditRecord, parseAuditLog, type AuditEvent, type AuditRecord } from './record';

// Browser-bound (storage.local): the audit log the background keeps, as chunks plus an index
// (utils/audit/chunk-plan.ts plans every change; this module only reads and writes). Only the
// background writes it, and every change runs through one queue, so two events arriving together
// (a Generate in one tab, a capture in another) each see the other's record instead of overwriting it.
// Retention and the size cap (MAX_AUDIT_RECORDS, oldest dropped first) are applied on every append
// and read, at the background's start, once a day (alarm) and when a policy source changes
// (utils/audit/install.ts), so records never outlive the policy.
// Records that no longer validate are dropped, never repaired, and counted so the options page
// can say the log was damaged. The one array earlier versions kept (`audit.log`) is moved into
// chunks the first time the log is opened; a missing or unreadable index is rebuilt from the chunks.

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

/** The log as far as it has been read: the index, the chunks loaded so far, the unreadable count. */
interface Opened {
  index: AuditIndex;
  loaded: Map<number, AuditRecord[]>;
  unreadable: number;
  /** Whether `unreadable` grew since it was read. */
  unreadableChanged: boolean;
}

function warnDropped(dropped: number): void {
  if (dropped > 0) console.warn(`OCI Credential Guard dropped ${dropped} unreadable audit record(s).`);
}

/** Stores what recoverAuditLog found as fresh chunks with a new index, and removes the keys it replaced. */
async function storeRecovered(found: RecoveredAudit, unreadable: number): Promise<Opened> {
  warnDropped(found.dropped);
  const rebuilt = chunkAudit(found.records);
  const total = unreadable + found.dropped;
  await browser.storage.local.set({ [AUDIT_INDEX_KEY]: rebuilt.index, ...chunkStorageEntries(rebuilt.write), [AUDIT_UNREADABLE_KEY]: total });
  const written = new Set(rebuilt.index.chunks.map((chunk) => auditChunkKey(chunk.id)));
  const stale = found.keys.filter((key) => !written.has(key));
  if (stale.length > 0) await browser.storage.local.remove(stale);
  return { index: rebuilt.index, loaded: rebuilt.write, unreadable: total, unreadableChanged: false };
}

async function open(): Promise<Opened> {
  const stored = await browser.storage.local.get([AUDIT_INDEX_KEY, AUDIT_LEGACY_LOG_KEY, AUDIT_UNREADABLE_KEY]);
  const unreadable = unreadableCount.parse(stored[AUDIT_UNREADABLE_KEY]);
  const index = auditIndexSchema.safeParse(stored[AUDIT_INDEX_KEY]);
  if (index.success && stored[AUDIT_LEGACY_LOG_KEY] === undefined) return { index: index.data, loaded: new Map(), unreadable, unreadableChanged: false };
  // Migration, or an index that is gone or damaged: only then is every key read.
  const found = recoverAuditLog(await browser.storage.local.get(null));
  // An empty log stays unwritten, so that reading it never fires a storage event.
  if (found.keys.length === 0 && stored[AUDIT_INDEX_KEY] === undefined) return { index: EMPTY_AUDIT_INDEX, loaded: new Map(), unreadable, unreadableChanged: false };
  return storeRecovered(found, unreadable);
}

async function loadChunks(opened: Opened, ids: readonly number[]): Promise<void> {
  const stored = await browser.storage.local.get(ids.map(auditChunkKey));
  let dropped = 0;
  for (const id of ids) {
    const value = stored[auditChunkKey(id)];
    const summary = opened.index.chunks.find((chunk) => chunk.id === id);
    // A chunk the index lists but storage lacks: its records are lost, and counted as such.
    const parsed =
      value === undefined ? { records: [], dropped: summary?.count ?? 0 } : parseAuditLog(Array.isArray(value) ? value.slice(summary?.skip ?? 0) : value);
    opened.loaded.set(id, parsed.records);
    dropped += parsed.dropped;
  }
  warnDropped(dropped);
  if (dropped > 0) {
    opened.unreadable += dropped;
    opened.unreadableChanged = true;
  }
}

async function apply(opened: Opened, change: AuditChange): Promise<void> {
  if (!change.changed && !opened.unreadableChanged) return;
  await browser.storage.local.set({
    [AUDIT_INDEX_KEY]: change.index,
    ...chunkStorageEntries(change.write),
    ...(opened.unreadableChanged ? { [AUDIT_UNREADABLE_KEY]: opened.unreadable } : {}),
  });
  // After the index no longer names them: a removal that fails leaves unreferenced chunks, never a gap.
  if (change.remove.length > 0) await browser.storage.local.remove(change.remove.map(auditChunkKey));
}

export function createAuditLog({ settings, now = () => new Date() }: AuditLogOptions): AuditLog {
  const serial = createSerialQueue();

  /** Loads what the plan needs, then writes only what changed (a read must not fire storage events). */
  async function settle(opened: Opened, retentionDays: number, record?: AuditRecord): Promise<AuditChange> {
    for (;;) {
      // Pruned against the present, whatever time the event carries.
      const plan = planAudit(opened.index, { loaded: opened.loaded, record, retentionDays, now: now() });
      if ('change' in plan) {
        await apply(opened, plan.change);
        return plan.change;
      }
      await loadChunks(opened, plan.load);
    }
  }

  async function openedInFull(): Promise<Opened> {
    const opened = await open();
    const unloaded = opened.index.chunks.map((chunk) => chunk.id).filter((id) => !opened.loaded.has(id));
    if (unloaded.length > 0) await loadChunks(opened, unloaded);
    return opened;
  }

  const pruned = () =>
    serial(async () => {
      const opened = await openedInFull();
      const change = await settle(opened, (await settings()).retentionDays);
      const records = change.index.chunks.flatMap((chunk) => change.write.get(chunk.id) ?? opened.loaded.get(chunk.id) ?? []);
      return { records, unreadable: opened.unreadable };
    });

  return {
    append: (event, at) =>
      serial(async () => {
        const { enabled, retentionDays } = await settings();
        // Built first: an event with a field the schema does not list throws before anything is stored.
        const record = enabled ? createAuditRecord(event, at ?? now()) : undefined;
        await settle(await open(), retentionDays, record);
        return { recorded: enabled };
      }),
    read: pruned,
    prune: async () => void (await pruned()),
    clear: () =>
      serial(async () => {
        const opened = await openedInFull();
        const cleared = [...opened.loaded.values()].reduce((sum, records) => sum + records.length, 0);
        const chunkKeys = opened.index.chunks.map((chunk) => auditChunkKey(chunk.id));
        await browser.storage.local.remove([AUDIT_INDEX_KEY, AUDIT_UNREADABLE_KEY, AUDIT_LEGACY_LOG_KEY, ...chunkKeys]);
        return { cleared };
      }),
  };
}
