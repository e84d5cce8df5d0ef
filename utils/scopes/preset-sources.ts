import type { Preset } from './preset-schema';

// The presets the picker offers, merged from their sources: the organisation's (from policy, already
// validated there) and the built-in ones, unless the policy hides those. The organisation's come
// first and win an id clash, and every clash or broken link is reported rather than silently lost.

export type PresetSource = 'built-in' | 'organisation';

export interface LoadedPreset {
  preset: Preset;
  source: PresetSource;
}

export interface PresetSourceNotice {
  kind: 'replaces-built-in' | 'duplicate-id' | 'unknown-relation';
  presetId: string;
  message: string;
}

export interface LoadedPresets {
  presets: LoadedPreset[];
  notices: PresetSourceNotice[];
}

export interface PresetSources {
  builtIn: readonly Preset[];
  organisation?: readonly Preset[];
  /** The policy offers only the organisation's presets. */
  hideBuiltIn?: boolean;
}

/** Relations that point at no offered preset are dropped (and reported), so the picker never links to nothing. */
function withKnownRelations(loaded: LoadedPreset, offered: ReadonlySet<string>, notices: PresetSourceNotice[]): LoadedPreset {
  const { id, relations } = loaded.preset;
  if (!relations) return loaded;
  const unknown = [...(relations.narrower ?? []), ...(relations.wider ?? [])].filter((related) => !offered.has(related));
  if (unknown.length === 0) return loaded;
  for (const related of unknown) {
    notices.push({ kind: 'unknown-relation', presetId: id, message: `Preset "${id}" refers to "${related}", which is not offered; the link is left out.` });
  }
  const kept: NonNullable<Preset['relations']> = {};
  for (const kind of ['narrower', 'wider'] as const) {
    const ids = relations[kind];
    if (ids) kept[kind] = ids.filter((related) => offered.has(related));
  }
  return { ...loaded, preset: { ...loaded.preset, relations: kept } };
}

export function loadPresets({ builtIn, organisation = [], hideBuiltIn = false }: PresetSources): LoadedPresets {
  const notices: PresetSourceNotice[] = [];
  const merged: LoadedPreset[] = [];
  const taken = new Set<string>();
  for (const preset of organisation) {
    if (taken.has(preset.id)) {
      notices.push({ kind: 'duplicate-id', presetId: preset.id, message: `The organisation defines preset "${preset.id}" more than once; the first one is used.` });
      continue;
    }
    taken.add(preset.id);
    merged.push({ preset, source: 'organisation' });
  }
  if (!hideBuiltIn) {
    for (const preset of builtIn) {
      if (taken.has(preset.id)) {
        notices.push({ kind: 'replaces-built-in', presetId: preset.id, message: `The organisation's preset "${preset.id}" replaces the built-in one.` });
        continue;
      }
      taken.add(preset.id);
      merged.push({ preset, source: 'built-in' });
    }
  }
  return { presets: merged.map((loaded) => withKnownRelations(loaded, taken, notices)), notices };
}
