// The in-page control beside the Console's secret dialog. It shows state and a short message,
// never the secret.

export type CaptureState = 'idle' | 'captured' | 'error';

export interface CaptureControlProps {
  state: CaptureState;
  message: string;
  busy: boolean;
  onCapture: (event: MouseEvent) => void;
}

export function CaptureControl({ state, message, busy, onCapture }: CaptureControlProps) {
  return (
    <div class={`capture capture--${state}`}>
      <button type="button" onClick={onCapture} disabled={busy || state === 'captured'} aria-busy={busy || undefined}>
        {state === 'captured' ? 'Captured into handoff vault' : 'Capture into handoff vault'}
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
