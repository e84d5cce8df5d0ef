import { useState } from 'preact/hooks';

/** Copies `text` to the clipboard and says whether it worked (announced to screen readers). `label` names the button for them. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setStatus('Copied.'),
      () => setStatus('Could not copy: select the text and copy it yourself.'),
    );
  return (
    <span class="copy">
      <button type="button" aria-label={label} onClick={() => void copy()}>
        Copy
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
