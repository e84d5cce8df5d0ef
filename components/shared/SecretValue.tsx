import { useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';

export interface SecretValueProps {
  value: string;
  /** What it is, e.g. "Secret" or "Passphrase": names the buttons. */
  name: string;
  copyable?: boolean;
}

/** A secret shown masked until the user asks; copying empties the clipboard after a delay. */
export function SecretValue({ value, name, copyable = true }: SecretValueProps) {
  const [shown, setShown] = useState(false);
  return (
    <span class="row">
      <code class="secret-value" data-secret-shown={String(shown)}>
        {shown ? value : '•'.repeat(12)}
      </code>
      <button type="button" aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} ${name.toLowerCase()}`} onClick={() => setShown(!shown)}>
        {shown ? 'Hide' : 'Show'}
      </button>
      {copyable && <CopyButton text={value} label={`Copy ${name.toLowerCase()}`} sensitive />}
    </span>
  );
}
