import { useEffect, useRef, useState } from 'preact/hooks';

// A destructive action behind an inline confirmation: the first button asks, the question offers
// the real action and a way back (Escape too); focus follows so keyboard users stay in place.

export interface ConfirmActionProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}

export function ConfirmAction({ label, question, confirmLabel, onConfirm }: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) askButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={askButton} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setConfirming(false);
      }}
    >
      <p>{question}</p>
      <button type="button" class="danger" ref={confirmButton} onClick={() => void onConfirm().finally(() => setConfirming(false))}>
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
