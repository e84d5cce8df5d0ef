import { z } from 'zod';
import { auditChunkKey } from '../policy/storage-keys';
import type { AuditRecord } from './record';
import { MAX_AUDIT_RECORDS } from './retention';

// The audit log is stored as chunks of at most AUDIT_CHUNK_RECORDS records plus a small index, so
// that recording an event costs the same whatever the log holds: an append reads and writes the
// index and the last chunk only (storage.local rewrites a whole value on every set, and one
// 5,000-record array took 0.8 s to write). Pure: this module decides, from the index and whichever
// chunks are loaded, which chunks to drop, rewrite or start; utils/audit/audit-log.ts does the I/O.
// Retention and the cap are planned from the index alone: a chunk entirely older than the cutoff,
// or entirely beyond the cap, is dropped unread; a chunk that straddles the cutoff is loaded and
// rewritten. The cap, which once the log is full trims the oldest chunk at every append, only
// counts that chunk's first records as skipped in the index (`skip`): rewriting it each time cost
// a capture ~90 ms. Skipped records stay stored until their chunk goes (at most
// AUDIT_CHUNK_RECORDS - 1 of them) or is rewritten; a read or a retention cut rewrites it.

export const AUDIT_CHUNK_RECORDS = 100;

const DAY_MS = 24 * 60 * 60 * 1000;
const time = z.iso.datetime({ offset: true });

const chunkSummarySchema = z.strictObject({
  id: z.int().nonnegative(),
  count: z.int().positive(),
  /** The oldest and newest record times: records are in the order they were written, which an event's own time may not follow. */
  oldestAt: time,
  newestAt: time,
  /** Records at the start of the stored array that the cap has dropped; `count` excludes them. */
  skip: z.int().positive().optional(),
});

export const auditIndexSchema = z
  .strictObject({
    version: z.literal(1),
    /** The id the next new chunk gets. */
    next: z.int().nonnegative(),
    /** Oldest first. */
    chunks: z.array(chunkSummarySchema),
  })
  // Ids grow with every new chunk: an index that breaks this would have a new chunk overwrite an old one.
  .refine((index) => index.chunks.every((chunk, i) => chunk.id < index.next && (i === 0 || index.chunks[i - 1]!.id < chunk.id)), {
    error: 'chunk ids increase and stay below next',
  });

export type ChunkSummary = z.infer<typeof chunkSummarySchema>;
export type AuditIndex = z.infer<typeof auditIndexSchema>;

export const EMPTY_AUDIT_INDEX: AuditIndex = { version: 1, next: 0, chunks: [] };

export interface AuditPlanInput {
  /** Records the loaded chunks hold now, past their `skip` (after dropping unreadable ones). */
  loaded: ReadonlyMap<number, readonly AuditRecord[]>;
  /** The new record, when the audit is on; it always stays. */
  record?: AuditRecord;
  retentionDays: number;
  now: Date;
  maxRecords?: number;
  chunkRecords?: number;
}

export interface AuditChange {
  /** Whether anything is to be stored (the index, chunks, removals). */
  changed: boolean;
  index: AuditIndex;
  /** Chunks to (re)write, with their whole new content. */
  write: Map<number, AuditRecord[]>;
  /** Chunks to remove. */
  remove: number[];
}

/** Either the chunks to load before the plan can be made, or the change (empty when nothing changes). */
export type AuditPlan = { load: number[] } | { change: AuditChange };

interface Kept {
  summary: ChunkSummary;
  /** Present when loaded: the chunk's records after pruning. */
  records?: AuditRecord[];
  changed: boolean;
}

const timeOf = (at: string) => Date.parse(at);

export function summarizeChunk(id: number, records: readonly AuditRecord[]): ChunkSummary {
  const times = records.map((record) => timeOf(record.at));
  const oldest = records[times.indexOf(Math.min(...times))]!;
  const newest = records[times.indexOf(Math.max(...times))]!;
  return { id, count: records.length, oldestAt: oldest.at, newestAt: newest.at };
}

const sameSummary = (a: ChunkSummary, b: ChunkSummary) =>
  a.count === b.count && timeOf(a.oldestAt) === timeOf(b.oldestAt) && timeOf(a.newestAt) === timeOf(b.newestAt);

/**
 * Plans pruning (retention: a record exactly at the limit stays; then at most `maxRecords`, oldest
 * first, one fewer when a record is added) and the append of `record`. Same outcome as
 * pruneAudit/recordAudit (utils/audit/retention.ts) on the whole log, reading only what it must.
 */
export function planAudit(index: AuditIndex, input: AuditPlanInput): AuditPlan {
  const { loaded, record, retentionDays, now, maxRecords = MAX_AUDIT_RECORDS, chunkRecords = AUDIT_CHUNK_RECORDS } = input;
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const missing: number[] = [];
  const remove: number[] = [];
  const kept: Kept[] = [];

  for (const chunk of index.chunks) {
    const records = loaded.get(chunk.id);
    if (records) {
      const recent = records.filter((r) => timeOf(r.at) >= cutoff);
      if (recent.length === 0) {
        remove.push(chunk.id);
        continue;
      }
      const summary = summarizeChunk(chunk.id, recent);
      const changed = recent.length !== records.length || chunk.skip !== undefined || !sameSummary(summary, chunk);
      kept.push({ summary: changed ? summary : chunk, records: recent, changed });
    } else if (timeOf(chunk.newestAt) < cutoff) remove.push(chunk.id);
    else if (timeOf(chunk.oldestAt) >= cutoff) kept.push({ summary: chunk, changed: false });
    else missing.push(chunk.id);
  }
  // The record goes into the last chunk while it has room.
  const last = index.chunks.at(-1);
  if (record && last && last.count < chunkRecords && !loaded.has(last.id) && !remove.includes(last.id) && !missing.includes(last.id)) {
    missing.push(last.id);
  }
  if (missing.length > 0) return { load: missing };

  // The cap: whole chunks first, then the oldest records of the chunk that straddles it.
  let excess = kept.reduce((sum, k) => sum + k.summary.count, 0) - (record ? maxRecords - 1 : maxRecords);
  while (excess > 0 && kept.length > 0 && kept[0]!.summary.count <= excess) {
    const dropped = kept.shift()!;
    remove.push(dropped.summary.id);
    excess -= dropped.summary.count;
  }
  let skipped = false;
  if (excess > 0) {
    const straddling = kept[0]!;
    if (straddling.records) {
      straddling.records = straddling.records.slice(excess);
      straddling.summary = summarizeChunk(straddling.summary.id, straddling.records);
      straddling.changed = true;
    } else {
      // oldestAt may now be older than the oldest record counted: retention then loads the chunk, which is safe.
      const { count, skip = 0 } = straddling.summary;
      straddling.summary = { ...straddling.summary, count: count - excess, skip: skip + excess };
      skipped = true;
    }
  }

  let next = index.next;
  if (record) {
    const tail = kept.at(-1);
    if (tail?.records && tail.records.length < chunkRecords) {
      tail.records = [...tail.records, record];
      tail.summary = summarizeChunk(tail.summary.id, tail.records);
      tail.changed = true;
    } else {
      kept.push({ summary: summarizeChunk(next, [record]), records: [record], changed: true });
      next += 1;
    }
  }

  const write = new Map(kept.filter((k) => k.changed).map((k) => [k.summary.id, k.records!] as const));
  const changed = write.size > 0 || remove.length > 0 || skipped;
  return { change: { changed, index: { version: 1, next, chunks: kept.map((k) => k.summary) }, write, remove } };
}

/** Splits records (oldest first) into chunks numbered from `firstId`: how a recovered or migrated log is stored. */
export function chunkAudit(records: readonly AuditRecord[], firstId = 0, chunkRecords = AUDIT_CHUNK_RECORDS): AuditChange {
  const write = new Map<number, AuditRecord[]>();
  for (let start = 0; start < records.length; start += chunkRecords) {
    write.set(firstId + write.size, records.slice(start, start + chunkRecords));
  }
  const chunks = [...write].map(([id, chunk]) => summarizeChunk(id, chunk));
  return { changed: write.size > 0, index: { version: 1, next: firstId + write.size, chunks }, write, remove: [] };
}

/** The storage.local entries that hold `write`'s chunks, under their keys. */
export function chunkStorageEntries(write: ReadonlyMap<number, AuditRecord[]>): Record<string, AuditRecord[]> {
  return Object.fromEntries([...write].map(([id, records]) => [auditChunkKey(id), records]));
}
