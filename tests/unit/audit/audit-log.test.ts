import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAuditLog } from '@/utils/audit/audit-log';
import { AUDIT_CHUNK_RECORDS } from '@/utils/audit/chunk-plan';
import { createAuditRecord } from '@/utils/audit/record';
import { MAX_AUDIT_RECORDS } from '@/utils/audit/retention';
import type { AuditSettings } from '@/utils/policy/schema';
import { AUDIT_INDEX_KEY, AUDIT_LEGACY_LOG_KEY, AUDIT_UNREADABLE_KEY, auditChunkKey } from '@/utils/policy/storage-keys';
import { GENERATED, ITEM_ID } from './fixtures';
import { storeAuditLog, storedAuditRecords as storedRecords } from './stored';

const NOW = new Date('2026-03-31T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const expired = (at: Date) => createAuditRecord({ kind: 'item-expired', itemId: ITEM_ID }, at);

function logWith(settings: AuditSettings = { enabled: true, retentionDays: 90 }) {
  const current = { settings };
  const log = createAuditLog({ settings: async () => current.settings, now: () => NOW });
  return { log, current };
}

const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
const spread = (count: number) => Array.from({ length: count }, (_, i) => expired(new Date(daysAgo(30).getTime() + i * 1000)));

describe('audit log (storage.local)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('appends validated records with version, id and time', async () => {
    const { log } = logWith();
    expect(await log.append(GENERATED)).toEqual({ recorded: true });
    const [record] = await storedRecords();
    expect(record).toMatchObject({ ...GENERATED, schemaVersion: 1, at: NOW.toISOString() });
    expect(record!.id).toMatch(/^[0-9a-f]{32}$/);
    expect((await log.read()).records).toEqual([record]);
  });

  it('loses no record when many events arrive at once', async () => {
    const { log } = logWith();
    const names = Array.from({ length: 25 }, (_, i) => `credential-${i}`);
    await Promise.all(names.map((credentialName) => log.append({ ...GENERATED, credentialName })));
    const records = await storedRecords();
    expect(records.map((r) => r.credentialName)).toEqual(names);
    expect(new Set(records.map((r) => r.id)).size).toBe(names.length);
  });

  it('keeps the time an event carries', async () => {
    const { log } = logWith();
    await log.append({ kind: 'secret-captured', itemId: ITEM_ID }, daysAgo(1));
    expect((await storedRecords())[0]!.at).toBe(daysAgo(1).toISOString());
  });

  it('prunes to the retention period on append and on read', async () => {
    await storeAuditLog([expired(daysAgo(100)), expired(daysAgo(10))]);
    const { log, current } = logWith({ enabled: true, retentionDays: 90 });
    await log.append(GENERATED);
    expect((await storedRecords()).map((r) => r.at)).toEqual([daysAgo(10).toISOString(), NOW.toISOString()]);

    current.settings = { enabled: true, retentionDays: 5 };
    expect((await log.read()).records.map((r) => r.kind)).toEqual(['credential-generated']);
    expect(await storedRecords()).toHaveLength(1);
  });

  it(`keeps at most ${MAX_AUDIT_RECORDS} records: an append at the cap drops the oldest, also for events arriving together`, async () => {
    const full = spread(MAX_AUDIT_RECORDS);
    await storeAuditLog(full);
    const { log } = logWith();
    const names = ['a', 'b', 'c'];
    expect(await Promise.all(names.map((credentialName) => log.append({ ...GENERATED, credentialName })))).toEqual(names.map(() => ({ recorded: true })));
    const records = await storedRecords();
    expect(records).toHaveLength(MAX_AUDIT_RECORDS);
    expect(records.slice(0, -3)).toEqual(full.slice(3));
    expect(records.slice(-3).map((r) => r.credentialName)).toEqual(names);
  });

  it('trims a log stored over the cap at the next append (also with the audit off) and at the next read', async () => {
    const over = spread(MAX_AUDIT_RECORDS + 1);
    await storeAuditLog(over);
    const { log } = logWith({ enabled: false, retentionDays: 90 });
    expect(await log.append(GENERATED)).toEqual({ recorded: false });
    expect(await storedRecords()).toEqual(over.slice(1));
    await storeAuditLog(over);
    expect((await log.read()).records).toEqual(over.slice(1));
    expect(await storedRecords()).toEqual(over.slice(1));
  });

  it('prune() applies a shortened retention without an event', async () => {
    await storeAuditLog([expired(daysAgo(40)), expired(daysAgo(2))]);
    const { log } = logWith({ enabled: true, retentionDays: 30 });
    await log.prune();
    expect((await storedRecords()).map((r) => r.at)).toEqual([daysAgo(2).toISOString()]);
  });

  it('does not write when a read changes nothing (no storage event per read)', async () => {
    const { log } = logWith();
    await log.append(GENERATED);
    const changed = vi.fn();
    fakeBrowser.storage.onChanged.addListener(changed);
    await log.read();
    await log.prune();
    expect(changed).not.toHaveBeenCalled();
  });

  it('records nothing while the audit is off, but still prunes', async () => {
    await storeAuditLog([expired(daysAgo(100)), expired(daysAgo(1))]);
    const { log } = logWith({ enabled: false, retentionDays: 90 });
    expect(await log.append(GENERATED)).toEqual({ recorded: false });
    expect((await storedRecords()).map((r) => r.kind)).toEqual(['item-expired']);
    expect((await storedRecords())[0]!.at).toBe(daysAgo(1).toISOString());
  });

  it('keeps the valid records of a damaged chunk and counts the others, until cleared', async () => {
    const valid = [expired(daysAgo(3)), expired(daysAgo(2))];
    const withSecret = { ...expired(daysAgo(1)), secret: 'i7BKNOG:1z1A)bqaY(]F' };
    await storeAuditLog([...valid, expired(daysAgo(1))]);
    await fakeBrowser.storage.local.set({ [auditChunkKey(0)]: [valid[0], { kind: 'nonsense' }, 'text', withSecret, valid[1]] });
    const { log } = logWith();

    expect(await log.read()).toEqual({ records: valid, unreadable: 3 });
    expect(await storedRecords()).toEqual(valid);
    await log.append(GENERATED);
    expect((await log.read()).unreadable).toBe(3);
    expect(JSON.stringify(await stored())).not.toContain('bqaY');

    expect(await log.clear()).toEqual({ cleared: 3 });
    expect(await log.read()).toEqual({ records: [], unreadable: 0 });
    expect(await stored()).toEqual({});
  });

  it.each([
    ['an object', { records: [] }],
    ['a string', 'audit'],
  ])('migrates a legacy log that is %s as one unreadable entry, and removes it', async (_, value) => {
    await fakeBrowser.storage.local.set({ [AUDIT_LEGACY_LOG_KEY]: value });
    const { log } = logWith();
    expect(await log.read()).toEqual({ records: [], unreadable: 1 });
    expect(await stored()).toEqual({ [AUDIT_INDEX_KEY]: { version: 1, next: 0, chunks: [] }, [AUDIT_UNREADABLE_KEY]: 1 });
  });

  it('refuses an event with a field the schema does not list, and stores nothing', async () => {
    const { log } = logWith();
    const withSecret = { ...GENERATED, secret: 'i7BKNOG:1z1A)bqaY(]F' } as unknown as typeof GENERATED;
    await expect(log.append(withSecret)).rejects.toThrow(/secret/);
    expect(await stored()).toEqual({});
  });

  it(`appends to a full log (${MAX_AUDIT_RECORDS} records) reading and writing at most one chunk`, async () => {
    await storeAuditLog(spread(MAX_AUDIT_RECORDS));
    const { log } = logWith();
    await log.read();
    const recordsIn = (value: Record<string, unknown>) => Object.values(value).reduce<number>((sum, v) => sum + (Array.isArray(v) ? v.length : 0), 0);
    const written: number[] = [];
    const read: number[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      written.push(recordsIn(items));
      await set(items);
    });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const value = await get(keys);
      read.push(recordsIn(value));
      return value;
    });

    await log.append(GENERATED);
    expect(written.length).toBeGreaterThan(0);
    expect(Math.max(...written)).toBeLessThanOrEqual(AUDIT_CHUNK_RECORDS);
    expect(read.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 * AUDIT_CHUNK_RECORDS);
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    vi.mocked(fakeBrowser.storage.local.get).mockRestore();
    const records = await storedRecords();
    expect(records).toHaveLength(MAX_AUDIT_RECORDS);
    expect(records.at(-1)).toMatchObject(GENERATED);
  });

  describe('migration from the one array earlier versions kept', () => {
    it('moves every record into chunks in order, then removes the old key', async () => {
      const legacy = spread(2 * AUDIT_CHUNK_RECORDS + 5);
      await fakeBrowser.storage.local.set({ [AUDIT_LEGACY_LOG_KEY]: legacy });
      const { log } = logWith();
      await log.append(GENERATED);
      const records = await storedRecords();
      expect(records.slice(0, -1)).toEqual(legacy);
      expect(records.at(-1)).toMatchObject(GENERATED);
      const after = await stored();
      expect(after).not.toHaveProperty(AUDIT_LEGACY_LOG_KEY);
      expect(Object.keys(after).sort()).toEqual([AUDIT_INDEX_KEY, auditChunkKey(0), auditChunkKey(1), auditChunkKey(2), AUDIT_UNREADABLE_KEY].sort());
    });

    it('keeps the valid records of a damaged legacy log and counts the others, adding to an earlier count', async () => {
      const valid = [expired(daysAgo(3)), expired(daysAgo(2))];
      await fakeBrowser.storage.local.set({
        [AUDIT_LEGACY_LOG_KEY]: [valid[0], { kind: 'nonsense' }, 'text', { ...expired(daysAgo(1)), secret: 'i7BKNOG:1z1A)bqaY(]F' }, valid[1]],
        [AUDIT_UNREADABLE_KEY]: 2,
      });
      const { log } = logWith();
      expect(await log.read()).toEqual({ records: valid, unreadable: 5 });
      expect(JSON.stringify(await stored())).not.toContain('bqaY');
      expect(await stored()).not.toHaveProperty(AUDIT_LEGACY_LOG_KEY);
    });

    it('does not duplicate records when a migration was interrupted before the old key went', async () => {
      const legacy = spread(5);
      await storeAuditLog(legacy);
      await fakeBrowser.storage.local.set({ [AUDIT_LEGACY_LOG_KEY]: legacy });
      const { log } = logWith();
      expect((await log.read()).records).toEqual(legacy);
      expect(await stored()).not.toHaveProperty(AUDIT_LEGACY_LOG_KEY);
    });
  });

  it.each([
    ['missing', undefined],
    ['unreadable', { version: 2, chunks: 'all' }],
  ])('rebuilds an index that is %s from the chunks present, losing none', async (_, index) => {
    const records = spread(2 * AUDIT_CHUNK_RECORDS + 1);
    await storeAuditLog(records);
    if (index === undefined) await fakeBrowser.storage.local.remove(AUDIT_INDEX_KEY);
    else await fakeBrowser.storage.local.set({ [AUDIT_INDEX_KEY]: index });
    const { log } = logWith();
    expect(await log.read()).toEqual({ records, unreadable: 0 });
    expect(await storedRecords()).toEqual(records);
    await log.append(GENERATED);
    expect(await storedRecords()).toHaveLength(records.length + 1);
  });

  it('counts the records of a chunk the index lists but storage lacks as unreadable', async () => {
    const records = spread(AUDIT_CHUNK_RECORDS + 1);
    await storeAuditLog(records);
    await fakeBrowser.storage.local.remove(auditChunkKey(0));
    const { log } = logWith();
    expect(await log.read()).toEqual({ records: records.slice(-1), unreadable: AUDIT_CHUNK_RECORDS });
    expect(await storedRecords()).toEqual(records.slice(-1));
  });
});
