import { createShadowHost } from '../shared/shadow-host';
import { holdDialogClose } from '@/utils/console/dialog-close';
import { decideClose, decideDialogGone, type BeforeCloseRule, type GoneDecision } from '@/utils/vault/before-close';
import { captureSecret, prepareCapture, type CaptureOutcome, type SecretDialogHandle } from '@/utils/vault/capture';
import type { CaptureContext } from '@/utils/vault/item';
import type { CaptureState } from './CaptureControl';

// Mounts <ocg-capture> for one secret dialog, runs its capture and holds back closing the dialog
// as the policy says. The host mirrors the state in data-state (idle | captured | error), the short
// message in data-message and the rule for closing before capture in data-before-close.

export interface MountCaptureOptions {
  dialog: SecretDialogHandle;
  /** The page's facts at the moment of capture (name, pairs, realm, …), read by the caller. */
  context: () => CaptureContext;
  /** Puts the host into the page, e.g. right after the dialog's secret field. */
  place: (host: HTMLElement) => void;
  /** The policy's `vault.captureBeforeClose` when the dialog shows (setBeforeClose changes it). */
  beforeClose: BeforeCloseRule;
  onCaptured?: (outcome: Extract<CaptureOutcome, { ok: true }>) => void;
}

export interface CaptureMount {
  host: HTMLElement;
  /** The policy's automatic capture (no click needed). While a capture runs, returns that one. */
  captureNow(): Promise<CaptureOutcome>;
  isCaptured(): boolean;
  /** The policy changed while the dialog is open. */
  setBeforeClose(rule: BeforeCloseRule): void;
  /** The dialog is gone: whether that lost the secret, once a capture under way has finished. */
  dialogGone(): Promise<GoneDecision>;
  remove(): void;
}

const IDLE_MESSAGE = 'The secret is shown only once. Capture it to hand it over encrypted.';

export function mountCapture({ dialog, context, place, beforeClose, onCaptured }: MountCaptureOptions): CaptureMount {
  const ui = createShadowHost('ocg-capture', place);
  const needs = prepareCapture();
  let state: CaptureState = 'idle';
  let message = IDLE_MESSAGE;
  let rule = beforeClose;
  let warned = false;
  let closeAllowed = false;
  let running: Promise<CaptureOutcome> | null = null;

  const render = () =>
    ui.update({ kind: 'capture', props: { state, message, busy: running !== null, onCapture: (event) => void run(event) } }, {
      state,
      message,
      'before-close': rule,
    });

  async function capture(event?: MouseEvent): Promise<CaptureOutcome> {
    const outcome = await captureSecret(dialog, context(), event ? { kind: 'click', event } : { kind: 'policy' }, needs);
    if (outcome.ok) {
      state = 'captured';
      message = outcome.duplicate ? 'Already in the handoff vault.' : 'Sealed into the handoff vault. Open the extension to hand it over.';
      onCaptured?.(outcome);
    } else if (state !== 'captured') {
      state = 'error';
      message = outcome.error;
    }
    return outcome;
  }

  function run(event?: MouseEvent): Promise<CaptureOutcome> {
    if (running) return running;
    const current = capture(event).finally(() => {
      running = null;
      render();
    });
    running = current;
    render();
    return current;
  }

  // A stopped close leaves the user in the dialog: say why, and put focus on the way out (capture).
  const releaseClose = holdDialogClose(dialog.element, () => {
    const decision = decideClose(rule, { captured: state === 'captured', warned });
    if (decision.allow) return (closeAllowed = true);
    warned = decision.warned;
    message = decision.message;
    render();
    ui.host.shadowRoot?.querySelector('button')?.focus();
    return false;
  });

  render();
  return {
    host: ui.host,
    captureNow: () => run(),
    isCaptured: () => state === 'captured',
    setBeforeClose(next) {
      rule = next;
      render();
    },
    async dialogGone() {
      if (running) await running;
      return decideDialogGone(rule, { captured: state === 'captured', closeAllowed });
    },
    remove() {
      releaseClose();
      ui.remove();
    },
  };
}
