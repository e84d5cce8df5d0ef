import { describe, expect, it } from 'vitest';
import { DISPLAY_NAMES, realmDisplayName, regionDisplayName } from '@/utils/realm/display-names';
import { findRealm, realmOfRegion } from '@/utils/realm/realm-lookup';
import { DisplayNameTableSchema } from '@/utils/realm/realm-schema';
import { editedCopy } from '../edited-copy';

type EditableNames = { version: string; realms: Record<string, string>; regions: Record<string, string> };


describe('display names of realms and regions', () => {
  it('pass their schema', () => {
    expect(DisplayNameTableSchema.safeParse(DISPLAY_NAMES).error).toBeUndefined();
  });

  it('name only realms and regions of the realm table', () => {
    expect(Object.keys(DISPLAY_NAMES.realms).filter((key) => findRealm(key) === undefined)).toEqual([]);
    expect(Object.keys(DISPLAY_NAMES.regions).filter((id) => realmOfRegion(id) === undefined)).toEqual([]);
  });

  it.each<[string, (table: EditableNames) => void, string]>([
    ['a name for a region the realm table lacks', (t) => { t.regions['us-newcity-1'] = 'US Somewhere (New City)'; }, '"us-newcity-1" must be a region of the realm table'],
    ['a name for a realm the realm table lacks', (t) => { t.realms.oc99 = 'future realm'; }, '"oc99" must be a realm of the realm table'],
    ['a malformed region id', (t) => { t.regions.ashburn = 'US East (Ashburn)'; }, '"ashburn" must look like us-ashburn-1'],
    ['a malformed realm key', (t) => { t.realms.OC1 = 'commercial realm'; }, '"OC1" must look like oc1'],
    ['an empty name', (t) => { t.regions['af-nairobi-1'] = ' '; }, 'Too small'],
    ['a malformed version', (t) => { t.version = 'November 2026'; }, 'date'],
  ])('rejects %s', (_what, edit, message) => {
    const result = DisplayNameTableSchema.safeParse(editedCopy<EditableNames>(DISPLAY_NAMES, edit));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  // The seed wording of the availability guide: "the commercial realm (OC1); the United Kingdom Government Cloud (OC4)".
  it.each([
    ['oc1', 'commercial realm'],
    ['oc4', 'United Kingdom Government Cloud'],
    ['oc19', 'EU Sovereign Cloud'],
    ['oc8', 'OC8 realm'],
    ['oc52', 'OC52 realm'],
  ])('realm %s reads "the %s"', (key, name) => {
    expect(realmDisplayName(key)).toBe(name);
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
  ])('region %s → %s', (id, name) => {
    expect(regionDisplayName(id)).toBe(name);
  });
});
