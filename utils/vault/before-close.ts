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

export const SECRET_LOST =
  'The secret dialog closed before the secret was captured, and the Console will not show that secret again. Regenerate the secret (the credential\'s "Regenerate secret"), then capture the new one.';

export interface DialogGone {
  captured: boolean;
  /** The user's last close attempt was let through (the warning was shown, or the rule is off). */
  closeAllowed: boolean;
}

/** Lost: say so on the page; audit: record it (under "block", the dialog closed past the policy). */
export type GoneDecision = { lost: false } | { lost: true; audit: boolean; message: string };

/**
 * The dialog is gone. Without a capture that the user did not knowingly give up, the secret is
 * lost: a way of closing the dialog that the extension does not know (or one the Console acts on
 * before the click, such as a mousedown on its backdrop) went past the policy.
 */
export function decideDialogGone(rule: BeforeCloseRule, { captured, closeAllowed }: DialogGone): GoneDecision {
  if (captured || rule === 'off' || closeAllowed) return { lost: false };
  return { lost: true, audit: rule === 'block', message: SECRET_LOST };
}
