import { useEffect, useRef, useState } from 'preact/hooks';
import type { PolicyFinding } from '@/utils/policy/evaluate';

// Under a finding the policy lets users exempt (userMayExempt): record why it is acceptable, or
// withdraw an exemption recorded here. The justification goes into the audit record of the Generate.

export interface ExemptionControlProps {
  finding: PolicyFinding;
  /** The policy lets the user exempt this finding. */
  allowed: boolean;
  onExempt(justification: string): void;
  onWithdraw(): void;
}

export function ExemptionControl({ finding, allowed, onExempt, onWithdraw }: ExemptionControlProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // Focus follows the user's toggling only, never a re-render of the list.
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) (open ? area : opener).current?.focus();
  }, [open]);
  const id = `exempt-${finding.id}-${JSON.stringify(finding.location).replace(/\W+/g, '-')}`;
  const toggle = (next: boolean) => {
    toggled.current = true;
    setOpen(next);
  };

  if (finding.exemption?.by === 'user') {
    return (
      <p class="exemption">
        <button type="button" data-action="withdraw-exemption" onClick={onWithdraw}>
          Withdraw exemption
        </button>
      </p>
    );
  }
  if (!allowed || finding.exemption) return null;
  if (!open) {
    return (
      <p class="exemption">
        <button ref={opener} type="button" data-action="exempt" onClick={() => toggle(true)}>
          Exempt…
        </button>
      </p>
    );
  }

  const close = () => {
    setError('');
    toggle(false);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const justification = text.trim();
    if (!justification) {
      setError('Write why this finding is acceptable for this credential: it goes into the audit log.');
      area.current?.focus();
      return;
    }
    onExempt(justification.slice(0, 1000));
    setText('');
    setOpen(false);
  };
  return (
    <form class="exemption-form" noValidate onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), close())}>
      <label for={id}>Why is this acceptable? (kept in the audit log)</label>
      <textarea
        id={id}
        rows={2}
        maxLength={1000}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        ref={area}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      <p class="buttons">
        <button type="submit" data-action="record-exemption">
          Record exemption
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </p>
    </form>
  );
}
