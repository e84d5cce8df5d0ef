import type { LoadedPreset } from './preset-sources';

// The preset picker's search: every word typed must appear somewhere in what describes a preset
// (title, description, id, tags, its audiences and scopes), in any case. The offered order is kept,
// so least-privilege presets stay first.

function haystack({ preset }: LoadedPreset): string {
  const pairs = preset.pairs.flatMap((pair) => [pair.audience, pair.scope]);
  const tags = (preset.tags ?? []).map((tag) => tag.replace(/-/g, ' '));
  return [preset.title, preset.description, preset.id, ...tags, ...pairs].join('\n').toLowerCase();
}

export function searchPresets(presets: readonly LoadedPreset[], query: string): LoadedPreset[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...presets];
  return presets.filter((loaded) => {
    const text = haystack(loaded);
    return words.every((word) => text.includes(word));
  });
}
