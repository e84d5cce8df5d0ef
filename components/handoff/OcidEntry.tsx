import { useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { checkOcidForRealm } from '@/utils/vault/ocid';
import type { VaultItemSummary } from '@/utils/vault/item';

export interface OcidEntryProps {
  item: VaultItemSummary;
  attach: (ocid: string) => Promise<VaultItemSummary>;
  onAttached: (item: VaultItemSummary) => void;
}

/** The Console did not show the new credential's OCID (or showed two candidates): the user types it. */
export function OcidEntry({ item, attach, onAttached }: OcidEntryProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    // Checked here for an instant answer; the vault checks again before it stores anything.
    const check = checkOcidForRealm(text, item.context.realm);
    if (!check.ok) return setError(check.error);
    setBusy(true);
    try {
      onAttached(await attach(check.ocid));
      setError('');
    } catch (caught) {
      setError(errorText(caught, 'The vault did not store the OCID.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <label for="ocid-entry">Credential OCID</label>
      <p class="hint" id="ocid-entry-hint">
        The Console did not show it here. Copy it from the credential’s details in the Console (OCID, Copy).
      </p>
      <div class="row">
        <input
          id="ocid-entry"
          type="text"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          placeholder="ocid1.credential.…"
          aria-describedby={`ocid-entry-hint${error ? ' ocid-entry-error' : ''}`}
          aria-invalid={error !== ''}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          Attach OCID
        </button>
      </div>
      {error && (
        <p id="ocid-entry-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
