import { describe, expect, it } from 'vitest';
import { createAuditRecord, type AuditRecord } from '@/utils/audit/record';
import { pruneAudit, recordAudit } from '@/utils/audit/retention';
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
});

describe('recordAudit', () => {
  const old = at(daysAgo(100));
  const recent = at(daysAgo(1));

  it('prunes, then appends the event when the audit is on', () => {
    const log = recordAudit([old, recent], GENERATED, { enabled: true, retentionDays: 90 }, NOW);
    expect(log.slice(0, 1)).toEqual([recent]);
    expect(log[1]).toMatchObject({ kind: 'credential-generated', at: NOW.toISOString() });
  });

  it('still prunes, but records nothing, when the audit is off', () => {
    const before: AuditRecord[] = [old, recent];
    expect(recordAudit(before, GENERATED, { enabled: false, retentionDays: 90 }, NOW)).toEqual([recent]);
    expect(before).toEqual([old, recent]);
  });
});
