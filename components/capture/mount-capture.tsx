import { createShadowHost } from '../shared/shadow-host';
import { captureSecret, type CaptureOutcome, type SecretDialogHandle } from '@/utils/vault/capture';
import type { CaptureContext } from '@/utils/vault/item';
import { CAPTURE_CSS } from './capture-css';
import { CaptureControl, type CaptureState } from './CaptureControl';

// Mounts <ocg-capture> for one secret dialog and runs its capture. The host mirrors the state in
// data-state (idle | captured | error) and the short message in data-message, for tests and for the
// policy's "block closing before capture".

export interface MountCaptureOptions {
  dialog: SecretDialogHandle;
  /** The page's facts at the moment of capture (name, pairs, realm, …), read by the caller. */
  context: () => CaptureContext;
  /** Puts the host into the page, e.g. right after the dialog's secret field. */
  place: (host: HTMLElement) => void;
  onCaptured?: (outcome: Extract<CaptureOutcome, { ok: true }>) => void;
}

export interface CaptureMount {
  host: HTMLElement;
  /** The policy's automatic capture (no click needed). */
  captureNow(): Promise<CaptureOutcome>;
  isCaptured(): boolean;
  remove(): void;
}

const IDLE_MESSAGE = 'The secret is shown only once. Capture it to hand it over encrypted.';

export function mountCapture({ dialog, context, place, onCaptured }: MountCaptureOptions): CaptureMount {
  const ui = createShadowHost('ocg-capture', CAPTURE_CSS, place);
  let state: CaptureState = 'idle';
  let message = IDLE_MESSAGE;
  let busy = false;

  const render = () =>
    ui.update(<CaptureControl state={state} message={message} busy={busy} onCapture={(event) => void run(event)} />, {
      state,
      message,
    });

  async function run(event?: MouseEvent): Promise<CaptureOutcome> {
    busy = true;
    render();
    const outcome = await captureSecret(dialog, context(), event ? { kind: 'click', event } : { kind: 'policy' });
    busy = false;
    if (outcome.ok) {
      state = 'captured';
      message = outcome.duplicate ? 'Already in the handoff vault.' : 'Sealed into the handoff vault. Open the extension to hand it over.';
      onCaptured?.(outcome);
    } else if (state !== 'captured') {
      state = 'error';
      message = outcome.error;
    }
    render();
    return outcome;
  }

  render();
  return {
    host: ui.host,
    captureNow: () => run(),
    isCaptured: () => state === 'captured',
    remove: () => ui.remove(),
  };
}
