import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ScopePair } from '@/utils/findings/finding';
import type { LoadedPreset } from '@/utils/scopes/preset-sources';
import { fillPreset, templateFields, type TemplateError, type TemplateValues } from '@/utils/scopes/templates';
import type { TemplateKey } from '@/utils/scopes/template-syntax';

// Asks for the values a chosen preset needs (an instance URL, a region, …) and checks them before
// anything reaches the Console's form. Values the Console supplies (its region, its realm's domain)
// may be left empty. Narrower presets are offered beside it.

export interface PresetFormProps {
  chosen: LoadedPreset;
  /** Narrower presets that are on offer. */
  narrower: readonly LoadedPreset[];
  consoleValues: TemplateValues;
  disabled: boolean;
  onApply(pairs: ScopePair[]): void;
  onChoose(loaded: LoadedPreset): void;
  onBack(): void;
}

export function PresetForm({ chosen, narrower, consoleValues, disabled, onApply, onChoose, onBack }: PresetFormProps) {
  const { preset } = chosen;
  const fields = templateFields(preset);
  const [values, setValues] = useState<TemplateValues>({});
  const [errors, setErrors] = useState<TemplateError[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const errorOf = (key: TemplateKey) => errors.find((error) => error.key === key)?.message;

  // A layout effect, run as the form is put on the page: a passive one runs after the next frame, and
  // a user typing at once would have the focus moved under them. Each preset gets a fresh form (the
  // parent keys it by preset id), so no effect has to reset the values, which once wiped what was
  // typed before it ran.
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input, button[type="submit"]')?.focus();
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    const filled = fillPreset(preset, values, consoleValues);
    if (filled.ok) {
      setErrors([]);
      onApply(filled.pairs);
      return;
    }
    setErrors(filled.errors);
    const first = filled.errors[0];
    if (first) form.current?.querySelector<HTMLInputElement>(`#template-${first.key}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onBack();
  };

  return (
    <form ref={form} class="preset-form" aria-labelledby="preset-form-title" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <p id="preset-form-title" class="preset-title" data-chosen-preset={preset.id}>
        {preset.title}
      </p>
      <p class="preset-about">{preset.description}</p>
      {narrower.length > 0 && (
        <p class="related">
          Narrower:{' '}
          {narrower.map((other) => (
            <button key={other.preset.id} type="button" class="link" data-preset-id={other.preset.id} disabled={disabled} onClick={() => onChoose(other)}>
              {other.preset.title}
            </button>
          ))}
        </p>
      )}
      {fields.map((field) => {
        const error = errorOf(field.key);
        const fromConsole = field.fromConsole ? consoleValues[field.key] : undefined;
        const id = `template-${field.key}`;
        return (
          <div key={field.key} class="field">
            <label for={id}>
              {field.label}
              {fromConsole && <span class="optional"> (optional)</span>}
            </label>
            <input
              id={id}
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={values[field.key] ?? ''}
              placeholder={fromConsole ?? field.example}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              onInput={(event) => setValues({ ...values, [field.key]: (event.target as HTMLInputElement).value })}
            />
            <p id={`${id}-hint`} class="hint">
              {field.hint}
              {fromConsole && ` Leave empty for the Console's: ${fromConsole}.`}
            </p>
            {error && (
              <p id={`${id}-error`} class="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <p class="buttons">
        <button type="submit" class="primary" data-action="apply" disabled={disabled}>
          Fill the form
        </button>
        <button type="button" data-action="back" onClick={onBack}>
          Back to presets
        </button>
      </p>
    </form>
  );
}
