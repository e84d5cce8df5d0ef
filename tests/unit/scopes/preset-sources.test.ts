import { describe, expect, it } from 'vitest';
import { loadPresets } from '@/utils/scopes/preset-sources';
import type { Preset } from '@/utils/scopes/preset-schema';

const preset = (id: string, relations?: Preset['relations']): Preset => ({
  id,
  title: `Preset ${id}`,
  description: `Does ${id}.`,
  pairs: [{ audience: 'urn:opc:resource:scope:account', scope: 'urn:opc:resource:consumer:paas::read' }],
  ...(relations && { relations }),
});

const builtIn = [preset('a', { wider: ['b'] }), preset('b', { narrower: ['a'] }), preset('c')];

const listed = (result: ReturnType<typeof loadPresets>) => result.presets.map(({ preset: p, source }) => `${source}:${p.id}`);

describe('loadPresets', () => {
  it('offers the built-in presets alone', () => {
    const result = loadPresets({ builtIn });
    expect(listed(result)).toEqual(['built-in:a', 'built-in:b', 'built-in:c']);
    expect(result.notices).toEqual([]);
    expect(result.presets[0]?.preset).toBe(builtIn[0]);
  });

  it('puts the organisation first and lets it replace a built-in id, saying so', () => {
    const own = { ...preset('b'), title: 'Our b' };
    const result = loadPresets({ builtIn, organisation: [preset('z'), own] });
    expect(listed(result)).toEqual(['organisation:z', 'organisation:b', 'built-in:a', 'built-in:c']);
    expect(result.presets[1]?.preset.title).toBe('Our b');
    expect(result.notices).toEqual([{ kind: 'replaces-built-in', presetId: 'b', message: 'The organisation\'s preset "b" replaces the built-in one.' }]);
  });

  it('keeps the first of two organisation presets with one id', () => {
    const result = loadPresets({ builtIn: [], organisation: [{ ...preset('z'), title: 'first' }, { ...preset('z'), title: 'second' }] });
    expect(result.presets.map(({ preset: p }) => p.title)).toEqual(['first']);
    expect(result.notices.map((notice) => notice.kind)).toEqual(['duplicate-id']);
  });

  it('hides the built-in presets and drops links to them', () => {
    const result = loadPresets({ builtIn, organisation: [preset('z', { narrower: ['a'], wider: ['y'] }), preset('y', { narrower: ['z'] })], hideBuiltIn: true });
    expect(listed(result)).toEqual(['organisation:z', 'organisation:y']);
    expect(result.presets[0]?.preset.relations).toEqual({ narrower: [], wider: ['y'] });
    expect(result.presets[1]?.preset.relations).toEqual({ narrower: ['z'] });
    expect(result.notices).toEqual([{ kind: 'unknown-relation', presetId: 'z', message: 'Preset "z" refers to "a", which is not offered; the link is left out.' }]);
  });

  it('lets organisation presets link to built-in ones', () => {
    const result = loadPresets({ builtIn, organisation: [preset('z', { wider: ['c'] })] });
    expect(result.presets[0]?.preset.relations).toEqual({ wider: ['c'] });
    expect(result.notices).toEqual([]);
  });

  it('leaves its inputs untouched', () => {
    const organisation = [preset('z', { narrower: ['gone'] })];
    const before = structuredClone(organisation);
    loadPresets({ builtIn, organisation });
    expect(organisation).toEqual(before);
  });
});
