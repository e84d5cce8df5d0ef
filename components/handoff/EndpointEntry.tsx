import { useState } from 'preact/hooks';
import { parseEndpointEntry, type TokenEndpointFacts } from '@/utils/realm/endpoint-entry';

export interface EndpointEntryProps {
  /** What is known of the credential's realm (the Console's, else its OCID's). */
  realm?: string;
  onEntered: (facts: TokenEndpointFacts) => void;
}

/** The Console page did not show a realm and region this extension knows: the administrator says where the credential lives. */
export function EndpointEntry({ realm, onEntered }: EndpointEntryProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const entry = parseEndpointEntry(text, realm);
    if (!entry.ok) return setError(entry.error);
    setError('');
    onEntered(entry.facts);
  };

  return (
    <form onSubmit={submit}>
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
        <button type="submit" class="primary">
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
