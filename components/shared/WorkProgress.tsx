export interface WorkProgressProps {
  /** What is under way, e.g. "Encrypting with the passphrase…". */
  label: string;
  onCancel: () => void;
}

/**
 * Indeterminate on purpose: age's scrypt reports no progress, so the page can only say that the
 * work (a few seconds, in a Worker) is under way, and let the user stop it.
 */
export function WorkProgress({ label, onCancel }: WorkProgressProps) {
  return (
    <div class="row" role="status" aria-live="polite">
      <progress aria-label={label} />
      <span>{label}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
