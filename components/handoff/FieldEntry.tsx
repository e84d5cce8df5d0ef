import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import type { VaultItemSummary } from '@/utils/vault/item';

/** What the page's own check made of the text: the value to keep, or why not. */
export type EntryCheck = { ok: true; value: string } | { ok: false; error: string };

export interface FieldEntryProps {
  /** The input's id; the hint and error ids derive from it. */
  id: string;
  label: string;
  hint: ComponentChildren;
  placeholder?: string;
  button: string;
  /** Shown until the next entry (e.g. why a value kept earlier cannot be used). */
  initialError?: string;
  /** Checked here for an instant answer; the vault checks again before it keeps anything. */
  check: (text: string) => EntryCheck;
  keep: (value: string) => Promise<VaultItemSummary>;
  /** The message when the vault refuses without one of its own. */
  keepFailed: string;
  onKept: (item: VaultItemSummary) => void;
}

/** One value the Console did not show, typed by the administrator and kept with the vault item. */
export function FieldEntry({ id, label, hint, placeholder, button, initialError, check, keep, keepFailed, onKept }: FieldEntryProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState(initialError ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = check(text);
    if (!checked.ok) return setError(checked.error);
    setBusy(true);
    try {
      onKept(await keep(checked.value));
      setError('');
    } catch (caught) {
      setError(errorText(caught, keepFailed));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div class="row">
        <input
          id={id}
          type="text"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          placeholder={placeholder}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error !== ''}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          {button}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
