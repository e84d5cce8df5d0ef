import { useEffect, useRef } from 'preact/hooks';
import type { LoadedPreset } from '@/utils/scopes/preset-sources';
import { searchPresets } from '@/utils/scopes/search-presets';

// The searchable preset list. Keyboard: type to filter; ArrowDown moves from the search field into
// the list, ArrowUp/ArrowDown/Home/End move within it, Enter or Space chooses, Escape goes back to
// the search field (and, there, clears it). Enter in the search field chooses the first match.

export interface PresetPickerProps {
  presets: readonly LoadedPreset[];
  disabled: boolean;
  /** What is typed in the search field; kept by the caller, so it survives a visit to a preset's values. */
  query: string;
  onQuery(query: string): void;
  /** Set (a new object each time) to move focus to the search field. */
  focusSearch: object | null;
  onChoose(loaded: LoadedPreset): void;
}

export function PresetPicker({ presets, disabled, query, onQuery, focusSearch, onChoose }: PresetPickerProps) {
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusSearch) search.current?.focus();
  }, [focusSearch]);
  const list = useRef<HTMLUListElement>(null);
  const shown = searchPresets(presets, query);

  const buttons = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button[data-preset-id]') ?? []);
  const focusAt = (index: number) => {
    const all = buttons();
    if (index < 0) search.current?.focus();
    else all[Math.min(index, all.length - 1)]?.focus();
  };

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusAt(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (shown[0] && !disabled) onChoose(shown[0]);
    } else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      onQuery('');
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const at = buttons().indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusAt(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      focusAt(-1);
    }
  };

  return (
    <div class="picker">
      <label for="preset-search">Search presets</label>
      <input
        id="preset-search"
        ref={search}
        type="search"
        value={query}
        placeholder="e.g. integration, analytics, read"
        autocomplete="off"
        aria-controls="preset-list"
        aria-describedby="preset-count"
        onInput={(event) => onQuery((event.target as HTMLInputElement).value)}
        onKeyDown={onSearchKey}
      />
      <p id="preset-count" class="hint" aria-live="polite">
        {shown.length === 0 ? 'No preset matches.' : `${shown.length} of ${presets.length} presets. Arrow keys move through the list.`}
      </p>
      <ul id="preset-list" ref={list} class="presets" aria-label="Presets" onKeyDown={onListKey}>
        {shown.map(({ preset, source }) => (
          <li key={preset.id}>
            <button
              type="button"
              class="preset"
              data-preset-id={preset.id}
              disabled={disabled}
              aria-describedby={`preset-about-${preset.id}`}
              onClick={() => onChoose({ preset, source })}
            >
              <span class="preset-title">{preset.title}</span>
              {source === 'organisation' && <span class="badge">Your organisation</span>}
            </button>
            <p id={`preset-about-${preset.id}`} class="preset-about">
              {preset.description}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
