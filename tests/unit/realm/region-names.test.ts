import { describe, expect, it } from 'vitest';
import { findRegion } from '@/utils/realm/realm-lookup';
import { REGION_NAMES, regionDisplayName } from '@/utils/realm/region-names';
import { RegionNameTableSchema } from '@/utils/realm/realm-schema';

type EditableNames = { version: string; names: Record<string, string> };

/** A writable copy of the names, broken in one place. */
function namesWith(edit: (table: EditableNames) => void): unknown {
  const copy = structuredClone(REGION_NAMES) as unknown as EditableNames;
  edit(copy);
  return copy;
}

describe('region display names', () => {
  it('pass their schema', () => {
    expect(RegionNameTableSchema.safeParse(REGION_NAMES).error).toBeUndefined();
  });

  it('name only regions of the realm table', () => {
    const orphans = Object.keys(REGION_NAMES.names).filter((id) => findRegion(id) === undefined);
    expect(orphans).toEqual([]);
  });

  it.each<[string, (table: EditableNames) => void, string]>([
    ['a name for a region the realm table lacks', (t) => { t.names['us-newcity-1'] = 'US Somewhere (New City)'; }, 'must be a region of the realm table'],
    ['a malformed region id', (t) => { t.names.ashburn = 'US East (Ashburn)'; }, 'must look like us-ashburn-1'],
    ['an empty name', (t) => { t.names['af-nairobi-1'] = ' '; }, 'Too small'],
    ['a malformed version', (t) => { t.version = 'November 2026'; }, 'date'],
  ])('rejects %s', (_what, edit, message) => {
    const result = RegionNameTableSchema.safeParse(namesWith(edit));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  it.each([
    ['us-ashburn-1', 'US East (Ashburn)'],
    ['uk-gov-london-1', 'UK Gov South (London)'],
    ['eu-frankfurt-2', 'EU Sovereign Central (Frankfurt)'],
    // In the table, but no confirmed name: the banner shows the id.
    ['af-nairobi-1', undefined],
    ['us-langley-1', undefined],
    ['us-newcity-1', undefined],
    // Not names of the data, whatever an object inherits.
    ['constructor', undefined],
    ['__proto__', undefined],
  ])('%s → %s', (id, name) => {
    expect(regionDisplayName(id)).toBe(name);
  });
});
