// The policy's `vault.captureBeforeClose`: what happens when the user closes the Console's secret
// dialog before the secret is in the vault. The Console never shows that secret again, so "warn"
// stops the first close with a reminder and lets the next one through; "block" stops every close
// until the secret is captured.

export type BeforeCloseRule = 'off' | 'warn' | 'block';

export interface CloseAttempt {
  captured: boolean;
  /** This dialog already showed the warning once. */
  warned: boolean;
}

export type CloseDecision = { allow: true } | { allow: false; warned: boolean; message: string };

export const CLOSE_WARNING =
  'The secret is not in the handoff vault yet, and the Console will not show it again. Capture it, or close again to discard it.';
export const CLOSE_BLOCKED =
  'Your organisation requires the secret to be captured before this dialog closes. Press "Capture into handoff vault" first.';

export function decideClose(rule: BeforeCloseRule, { captured, warned }: CloseAttempt): CloseDecision {
  if (captured || rule === 'off') return { allow: true };
  if (rule === 'block') return { allow: false, warned, message: CLOSE_BLOCKED };
  return warned ? { allow: true } : { allow: false, warned: true, message: CLOSE_WARNING };
}
