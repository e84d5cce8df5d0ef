import { describe, expect, it } from 'vitest';
import { createAuditRecord, type AuditRecord } from '@/utils/audit/record';
import { MAX_AUDIT_RECORDS, pruneAudit, recordAudit } from '@/utils/audit/retention';
import { GENERATED, ITEM_ID } from './fixtures';

const NOW = new Date('2026-03-31T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const at = (date: Date) => createAuditRecord({ kind: 'item-expired', itemId: ITEM_ID }, date);

describe('pruneAudit', () => {
  it.each([
    [90, [0, 30, 89, 90], [0, 30, 89, 90]],
    [90, [0, 90.001, 365], [0]],
    [1, [0, 0.5, 1.5], [0, 0.5]],
  ])('keeps %i days', (retentionDays, ages, keptAges) => {
    const records = ages.map((age) => at(daysAgo(age)));
    const kept = pruneAudit(records, retentionDays, NOW);
    expect(kept.map((r) => records.indexOf(r))).toEqual(keptAges.map((age) => ages.indexOf(age)));
  });

  // Ages are listed oldest first, as the log stores them; the cap counts only what retention kept.
  it.each([
    { retentionDays: 90, ages: [5, 4, 3, 2, 1], max: 5, keptAges: [5, 4, 3, 2, 1] },
    { retentionDays: 90, ages: [5, 4, 3, 2, 1], max: 3, keptAges: [3, 2, 1] },
    { retentionDays: 90, ages: [5, 4, 3, 2, 1], max: 1, keptAges: [1] },
    { retentionDays: 90, ages: [5, 4, 3, 2, 1], max: 0, keptAges: [] },
    { retentionDays: 3, ages: [5, 4, 3, 2, 1], max: 2, keptAges: [2, 1] },
    { retentionDays: 3, ages: [5, 4, 3, 2, 1], max: 4, keptAges: [3, 2, 1] },
    { retentionDays: 90, ages: [], max: 3, keptAges: [] },
  ])('keeps at most $max of the records $retentionDays days keep, dropping the oldest first', ({ retentionDays, ages, max, keptAges }) => {
    const records = ages.map((age) => at(daysAgo(age)));
    const kept = pruneAudit(records, retentionDays, NOW, max);
    expect(kept.map((r) => ages[records.indexOf(r)])).toEqual(keptAges);
  });

  it(`caps at ${MAX_AUDIT_RECORDS} records by default`, () => {
    const records = Array.from({ length: MAX_AUDIT_RECORDS + 2 }, () => at(daysAgo(1)));
    expect(pruneAudit(records, 90, NOW)).toEqual(records.slice(2));
    expect(pruneAudit(records.slice(2), 90, NOW)).toEqual(records.slice(2));
  });
});

describe('recordAudit', () => {
  const old = at(daysAgo(100));
  const recent = at(daysAgo(1));

  it('prunes, then appends the event when the audit is on', () => {
    const log = recordAudit([old, recent], GENERATED, { enabled: true, retentionDays: 90 }, NOW);
    expect(log.slice(0, 1)).toEqual([recent]);
    expect(log[1]).toMatchObject({ kind: 'credential-generated', at: NOW.toISOString() });
  });

  it.each([
    { stored: 0, max: 3, enabled: true, keptOld: 0 },
    { stored: 2, max: 3, enabled: true, keptOld: 2 },
    { stored: 3, max: 3, enabled: true, keptOld: 2 },
    { stored: 7, max: 3, enabled: true, keptOld: 2 },
    { stored: 3, max: 1, enabled: true, keptOld: 0 },
    { stored: 3, max: 3, enabled: false, keptOld: 3 },
    { stored: 7, max: 3, enabled: false, keptOld: 3 },
  ])('with $stored records stored and a cap of $max (audit on: $enabled), keeps the newest $keptOld and the event', ({ stored, max, enabled, keptOld }) => {
    const records = Array.from({ length: stored }, (_, i) => at(daysAgo(stored - i)));
    const log = recordAudit(records, GENERATED, { enabled, retentionDays: 90 }, NOW, max);
    expect(log.length).toBeLessThanOrEqual(max);
    expect(log.slice(0, keptOld)).toEqual(records.slice(stored - keptOld));
    expect(log.slice(keptOld).map((r) => r.kind)).toEqual(enabled ? ['credential-generated'] : []);
  });

  it('still prunes, but records nothing, when the audit is off', () => {
    const before: AuditRecord[] = [old, recent];
    expect(recordAudit(before, GENERATED, { enabled: false, retentionDays: 90 }, NOW)).toEqual([recent]);
    expect(before).toEqual([old, recent]);
  });
});
