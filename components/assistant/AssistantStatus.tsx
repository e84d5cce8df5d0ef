import type { GenerateVerdict } from '@/utils/policy/generate-verdict';

// The part of <ocg-scope-assistant> that the content script's state decides (drawn by the in-page
// UI in the host's first slot, the assistant in the second): the heading, the "Managed by your
// organization" mark, loading or load failure, and why Generate is blocked.

export type AssistantState = 'loading' | 'ready' | 'error';

export interface AssistantStatusProps {
  state: AssistantState;
  /** Why loading failed. */
  message?: string;
  managed: boolean;
  verdict: GenerateVerdict;
  /** Generate attempts stopped so far; each one re-announces the message. */
  stopped: number;
}

export function AssistantStatus({ state, message, managed, verdict, stopped }: AssistantStatusProps) {
  return (
    <div class="status">
      <h3 class="head">
        Scope assistant
        {managed && <span class="managed">Managed by your organization</span>}
      </h3>
      {state === 'loading' && <p role="status">Loading presets and checks…</p>}
      {state === 'error' && (
        <p class="load-error" role="alert">
          The scope assistant could not load: {message}
        </p>
      )}
      {verdict.blocked && (
        <div key={stopped} class={stopped > 0 ? 'blocked stopped' : 'blocked'} role={stopped > 0 ? 'alert' : 'status'}>
          <strong>{stopped > 0 ? 'Generate was stopped' : 'Generate is blocked'} by your organisation's policy.</strong> What must
          change first:
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
