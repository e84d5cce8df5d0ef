import { describe, expect, it } from 'vitest';
import { loadPresets } from '@/utils/scopes/preset-sources';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { searchPresets } from '@/utils/scopes/search-presets';

const offered = loadPresets({ builtIn: BUILT_IN_PRESETS }).presets;
const ids = (query: string) => searchPresets(offered, query).map(({ preset }) => preset.id);

describe('searchPresets', () => {
  it.each<[string, string[]]>([
    ['', BUILT_IN_PRESETS.map((preset) => preset.id)],
    ['   ', BUILT_IN_PRESETS.map((preset) => preset.id)],
    ['analytics read', ['oac-read', 'account-analytics-read']],
    ['ANALYTICS   Read', ['oac-read', 'account-analytics-read']],
    // A tag's words match without its hyphens; a scope or audience matches as written.
    ['least privilege integration', ['oic-rest-api', 'oic3-rest-api']],
    ['/ic/api/', ['oic-rest-api', 'oic3-rest-api']],
    ['consumer::all', ['oic-integrations', 'oic3-integrations', 'oac-full-access']],
    ['{region}', ['oic3-rest-api', 'oic3-integrations']],
    ['oac-read', ['oac-read']],
    ['nothing like this', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('keeps the offered order and the source of each preset', () => {
    const organisation = [{ ...BUILT_IN_PRESETS[4]!, id: 'team-reports', title: 'Team reports (analytics read)' }];
    const merged = loadPresets({ builtIn: BUILT_IN_PRESETS, organisation }).presets;
    expect(searchPresets(merged, 'analytics read').map(({ preset, source }) => [preset.id, source])).toEqual([
      ['team-reports', 'organisation'],
      ['oac-read', 'built-in'],
      ['account-analytics-read', 'built-in'],
    ]);
  });
});
