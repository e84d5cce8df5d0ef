import { useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { parseEndpointEntry } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';

export interface EndpointEntryProps {
  /** What is known of the credential's realm (the Console's, else its OCID's). */
  realm?: string;
  /** Why the endpoint kept from an earlier visit cannot be used, shown until the next entry. */
  problem?: string;
  /** Keeps the endpoint with the vault item, so that it survives a reload; the vault checks it again. */
  keep: (tokenEndpoint: string) => Promise<VaultItemSummary>;
  onKept: (item: VaultItemSummary) => void;
}

/** The Console page did not show a realm and region this extension knows: the administrator says where the credential lives. */
export function EndpointEntry({ realm, problem, keep, onKept }: EndpointEntryProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState(problem ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    // Checked here for an instant answer; the vault checks again before it keeps anything.
    const entry = parseEndpointEntry(text, realm);
    if (!entry.ok) return setError(entry.error);
    setBusy(true);
    try {
      onKept(await keep(entry.facts.tokenEndpoint));
      setError('');
    } catch (caught) {
      setError(errorText(caught, 'The vault did not keep the token endpoint.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <label for="endpoint-entry">Region or token endpoint</label>
      <p class="hint" id="endpoint-entry-hint">
        The Console page did not show a realm and region this extension knows. Enter the credential’s region (e.g. us-ashburn-1) or its token
        endpoint (https://auth.&lt;region&gt;.&lt;realm domain&gt;/oauth2/token).
      </p>
      <div class="row">
        <input
          id="endpoint-entry"
          type="text"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          aria-describedby={`endpoint-entry-hint${error ? ' endpoint-entry-error' : ''}`}
          aria-invalid={error !== ''}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          Use it
        </button>
      </div>
      {error && (
        <p id="endpoint-entry-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
