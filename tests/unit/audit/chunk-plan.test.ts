import { describe, expect, it } from 'vitest';
import { auditIndexSchema, chunkAudit, planAudit, type AuditChange, type AuditIndex, type AuditPlanInput } from '@/utils/audit/chunk-plan';
import { createAuditRecord, type AuditRecord } from '@/utils/audit/record';
import { pruneAudit, recordAudit } from '@/utils/audit/retention';
import { ITEM_ID } from './fixtures';

const NOW = new Date('2026-03-31T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const at = (date: Date) => createAuditRecord({ kind: 'item-expired', itemId: ITEM_ID }, date);
/** Records `days` days old, one per entry. */
const aged = (...days: number[]) => days.map((d) => at(daysAgo(d)));

// Small chunks and a small cap keep the tables readable; the defaults are 100 and 5,000.
const CHUNK = 3;
const MAX = 7;

function stored(...chunks: AuditRecord[][]) {
  const all = chunks.flat();
  const { index } = chunkAudit(all, 0, CHUNK);
  const byId = new Map(chunks.map((chunk, id) => [id, chunk]));
  // chunkAudit packs by CHUNK; these tables pass chunks of CHUNK or fewer (last), so ids match.
  expect(index.chunks.map((c) => c.count)).toEqual(chunks.map((c) => c.length));
  return { index, byId, all };
}

const plan = (index: AuditIndex, loaded: AuditRecord[][] | Map<number, AuditRecord[]>, rest: Partial<AuditPlanInput> = {}) =>
  planAudit(index, { loaded: loaded instanceof Map ? loaded : new Map(loaded.map((c, id) => [id, c])), retentionDays: 90, now: NOW, maxRecords: MAX, chunkRecords: CHUNK, ...rest });

/** Runs the plan, loading whatever it asks for, as the adapter does; returns the change and every chunk it loaded. */
function settle(index: AuditIndex, byId: Map<number, AuditRecord[]>, rest: Partial<AuditPlanInput> = {}) {
  const loaded = new Map<number, AuditRecord[]>();
  const loads: number[][] = [];
  for (;;) {
    const result = plan(index, loaded, rest);
    if ('change' in result) return { change: result.change, loads };
    loads.push(result.load);
    for (const id of result.load) loaded.set(id, byId.get(id)!.slice(index.chunks.find((c) => c.id === id)!.skip ?? 0));
  }
}

const contents = (change: AuditChange, byId: Map<number, AuditRecord[]>) =>
  change.index.chunks.flatMap((c) => change.write.get(c.id) ?? byId.get(c.id)!.slice(c.skip ?? 0));

describe('planAudit (chunked audit log)', () => {
  const record = at(NOW);

  it.each([
    {
      name: 'the first record starts chunk 0',
      chunks: [],
      loads: [],
      write: [0],
      remove: [],
    },
    { name: 'a record goes into the last chunk while it has room: only that chunk is loaded', chunks: [aged(3, 2, 1), aged(1)], loads: [[1]], write: [1], remove: [] },
    { name: 'a full last chunk is not loaded: the record starts a new one', chunks: [aged(3, 2, 1), aged(1, 1, 1)], loads: [], write: [2], remove: [] },
    { name: 'a chunk entirely past the retention is dropped unread', chunks: [aged(120, 100, 95), aged(2)], loads: [[1]], write: [1], remove: [0] },
    { name: 'a chunk straddling the retention is loaded and rewritten', chunks: [aged(100, 50, 10), aged(2)], loads: [[0, 1]], write: [0, 1], remove: [] },
    { name: 'the cap drops whole chunks unread first', chunks: [aged(9, 9, 9), aged(8, 8, 8), aged(7, 7, 7)], loads: [], write: [3], remove: [0] },
    { name: 'the cap skips the first records of the chunk it straddles, unread and unwritten', chunks: [aged(9, 9, 9), aged(8, 8, 8), aged(7, 7)], loads: [[2]], write: [2], remove: [] },
  ])('$name', ({ chunks, loads, write, remove }) => {
    const { index, byId, all } = stored(...chunks);
    const result = settle(index, byId, { record });
    expect(result.loads).toEqual(loads);
    expect([...result.change.write.keys()].sort()).toEqual(write);
    expect(result.change.remove).toEqual(remove);
    // Whatever it reads, the outcome is the whole-log rule's (utils/audit/retention.ts).
    expect(contents(result.change, byId)).toEqual([...pruneAudit(all, 90, NOW, MAX - 1), record]);
  });

  it.each([
    { name: 'nothing to prune: nothing loaded, nothing changes', chunks: [aged(3, 2, 1), aged(1)], loads: [], changes: false },
    { name: 'the audit off: an expired chunk still goes', chunks: [aged(120, 100, 95), aged(1)], loads: [], changes: true },
    { name: 'a log over the cap is trimmed without an event', chunks: [aged(9, 9, 9), aged(8, 8, 8), aged(7, 7)], loads: [], changes: true },
  ])('without a record: $name', ({ chunks, loads, changes }) => {
    const { index, byId, all } = stored(...chunks);
    const result = settle(index, byId);
    expect(result.loads).toEqual(loads);
    expect(result.change.changed).toBe(changes);
    expect(contents(result.change, byId)).toEqual(pruneAudit(all, 90, NOW, MAX));
  });

  it('rewrites a loaded chunk that lost records to damage, and drops one left empty', () => {
    const { index } = stored(aged(3, 2, 1), aged(1, 1));
    const result = plan(index, [aged(3), []]);
    expect('change' in result && result.change).toMatchObject({ remove: [1], index: { chunks: [{ id: 0, count: 1 }] } });
  });

  it('keeps ids increasing after the last chunk is dropped', () => {
    const { index } = stored(aged(120));
    const result = plan(index, [], { record });
    expect('change' in result && result.change.index).toEqual({ version: 1, next: 2, chunks: [expect.objectContaining({ id: 1, count: 1 })] });
  });

  it('matches the whole-log rule on logs of every shape (records out of time order included)', () => {
    for (let size = 0; size < 40; size += 1) {
      const all = Array.from({ length: size }, (_, i) => at(daysAgo((i * 37) % 130)));
      const { index, write } = chunkAudit(all, 0, CHUNK);
      for (const retentionDays of [1, 30, 90]) {
        const withRecord = settle(index, write, { record, retentionDays });
        expect(contents(withRecord.change, write)).toEqual([...pruneAudit(all, retentionDays, NOW, MAX - 1), record]);
        const without = settle(index, write, { retentionDays });
        expect(contents(without.change, write)).toEqual(pruneAudit(all, retentionDays, NOW, MAX));
      }
    }
  });
});

describe('chunkAudit', () => {
  it('splits records oldest first into numbered chunks with their summaries', () => {
    const records = [at(daysAgo(2)), at(daysAgo(5)), at(daysAgo(1)), at(daysAgo(3))];
    const { index, write } = chunkAudit(records, 4, CHUNK);
    expect([...write]).toEqual([[4, records.slice(0, 3)], [5, records.slice(3)]]);
    expect(index).toEqual({
      version: 1,
      next: 6,
      chunks: [
        { id: 4, count: 3, oldestAt: daysAgo(5).toISOString(), newestAt: daysAgo(1).toISOString() },
        { id: 5, count: 1, oldestAt: daysAgo(3).toISOString(), newestAt: daysAgo(3).toISOString() },
      ],
    });
  });
});

describe('auditIndexSchema', () => {
  const summary = (id: number) => ({ id, count: 1, oldestAt: NOW.toISOString(), newestAt: NOW.toISOString() });
  it.each([
    ['a well-formed index', { version: 1, next: 3, chunks: [summary(0), summary(2)] }, true],
    ['an empty one', { version: 1, next: 0, chunks: [] }, true],
    ['a chunk id not below next (a new chunk would overwrite it)', { version: 1, next: 2, chunks: [summary(2)] }, false],
    ['chunk ids out of order', { version: 1, next: 3, chunks: [summary(2), summary(0)] }, false],
    ['an empty chunk', { version: 1, next: 1, chunks: [{ ...summary(0), count: 0 }] }, false],
    ['an unknown version', { version: 2, next: 0, chunks: [] }, false],
  ])('%s: valid %s', (_, index, valid) => {
    expect(auditIndexSchema.safeParse(index).success).toBe(valid);
  });
});

describe('planAudit over a run of events, applied to a store as the adapter does', () => {
  it('keeps the log the whole-log rule keeps after every event, the retention changing under it', () => {
    const store = { index: chunkAudit([]).index, chunks: new Map<number, AuditRecord[]>() };
    let model: AuditRecord[] = [];
    const read = (id: number) => store.chunks.get(id)!.slice(store.index.chunks.find((c) => c.id === id)!.skip ?? 0);
    for (let step = 0; step < 60; step += 1) {
      const now = new Date(NOW.getTime() + step * DAY);
      const retentionDays = [40, 40, 40, 3, 40][step % 5]!;
      const enabled = step % 7 !== 6;
      const record = enabled ? at(new Date(now.getTime() - (step % 3) * DAY)) : undefined;
      const loaded = new Map<number, AuditRecord[]>();
      let result = planAudit(store.index, { loaded, record, retentionDays, now, maxRecords: MAX, chunkRecords: CHUNK });
      while ('load' in result) {
        for (const id of result.load) loaded.set(id, read(id));
        result = planAudit(store.index, { loaded, record, retentionDays, now, maxRecords: MAX, chunkRecords: CHUNK });
      }
      const { change } = result;
      for (const [id, records] of change.write) store.chunks.set(id, records);
      for (const id of change.remove) store.chunks.delete(id);
      store.index = auditIndexSchema.parse(change.index);
      // The reference: the whole log pruned, the record appended (the time it carries, as the adapter gives it).
      model = record ? [...pruneAudit(model, retentionDays, now, MAX - 1), record] : recordAudit(model, { kind: 'item-expired' }, { enabled, retentionDays }, now, MAX);
      expect(store.index.chunks.flatMap((c) => read(c.id))).toEqual(model);
      expect([...store.chunks.keys()].sort()).toEqual(store.index.chunks.map((c) => c.id).sort());
    }
  });
});
