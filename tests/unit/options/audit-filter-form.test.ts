import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTER, toAuditFilter } from '@/components/options/audit-filter-form';

describe('toAuditFilter', () => {
  it.each([
    ['nothing set', {}, {}],
    ['a kind', { kind: 'secret-captured' as const }, { kind: 'secret-captured' }],
    ['a realm, trimmed', { realm: ' oc2 ' }, { realm: 'oc2' }],
    ['blank text', { text: '   ' }, {}],
    ['text', { text: 'orders' }, { text: 'orders' }],
    ['from: the start of that local day', { from: '2026-03-05' }, { from: new Date(2026, 2, 5) }],
    ['to: the end of that local day', { to: '2026-03-05' }, { to: new Date(2026, 2, 5, 23, 59, 59, 999) }],
    ['a half-typed date', { from: '2026-03' }, {}],
  ])('%s', (_label, form, filter) => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, ...form })).toEqual(filter);
  });
});
