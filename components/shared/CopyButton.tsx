import { useRef, useState } from 'preact/hooks';
import { clearClipboardLater, copyText, SECRET_CLIPBOARD_MS, type ClearState } from './clipboard';

export interface CopyButtonProps {
  text: string;
  /** The button's accessible name, e.g. "Copy OCID". */
  label: string;
  /** A secret: the clipboard is emptied after SECRET_CLIPBOARD_MS. */
  sensitive?: boolean;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed' } | { kind: 'clearing'; state: ClearState };

const CLEAR_TEXT: Record<ClearState, string> = {
  pending: `Copied. The clipboard will be emptied in ${SECRET_CLIPBOARD_MS / 1000} s.`,
  'waiting-for-focus': 'Copied. The clipboard will be emptied when you come back to this page.',
  cleared: 'The clipboard was emptied.',
};

export function CopyButton({ text, label, sensitive = false }: CopyButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Not stopped on unmount: the clipboard must be emptied even after the secret left the page.
  const stopClearing = useRef<() => void>(undefined);

  const copy = async () => {
    stopClearing.current?.();
    try {
      await copyText(text);
    } catch {
      setStatus({ kind: 'failed' });
      return;
    }
    if (!sensitive) return setStatus({ kind: 'copied' });
    setStatus({ kind: 'clearing', state: 'pending' });
    stopClearing.current = clearClipboardLater(SECRET_CLIPBOARD_MS, (state) => setStatus({ kind: 'clearing', state }));
  };

  const message =
    status.kind === 'copied'
      ? 'Copied.'
      : status.kind === 'failed'
        ? 'The browser refused to copy: select the text and copy it yourself.'
        : status.kind === 'clearing'
          ? CLEAR_TEXT[status.state]
          : '';
  return (
    <span class="copy">
      <button type="button" aria-label={label} onClick={() => void copy()}>
        Copy
      </button>
      <span class="hint" role="status" data-clipboard={status.kind === 'clearing' ? status.state : undefined}>
        {message}
      </span>
    </span>
  );
}
