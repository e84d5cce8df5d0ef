import { sendContentRequest } from '../messages/send';
import { MessageRefused } from '../messages/result';
import type { CaptureContext } from './item';
import type { Sealer } from './sealer-api';
import { loadSealer } from './sealer-loader';

// The secret's whole path in the page, in one place: read from the dialog only now, only on a real
// click or the policy's automatic capture; sealed with age to the vault's public recipient in this
// content script; only the ciphertext is sent to the background. The plaintext bytes are zeroed
// after sealing; the string the DOM handed us cannot be zeroed, so no reference to it outlives
// this call.

/** The parts of the Console's secret dialog that capture reads (utils/console's SecretDialog fits). */
export interface SecretDialogHandle {
  element: Element;
  secretElement: Element;
}

export type CaptureTrigger = { kind: 'click'; event: Pick<Event, 'isTrusted'> } | { kind: 'policy' };

export type CaptureOutcome = { ok: true; itemId: string; duplicate: boolean } | { ok: false; error: string };

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

// The item id is a random capture id bound to the dialog instance, so capturing one dialog twice
// (two clicks, or the policy and a click) stores one item. It is also bound to a digest of the
// secret, kept in this content script's memory only, so a dialog element the Console reuses for a
// second Generate gets a new item instead of being taken for the first.
const captures = new WeakMap<Element, { digest: string; id: string }>();

async function captureIdFor(dialog: Element, plaintext: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', plaintext)));
  const known = captures.get(dialog);
  if (known?.digest === digest) return known.id;
  const id = hex(crypto.getRandomValues(new Uint8Array(16)));
  captures.set(dialog, { digest, id });
  return id;
}

function readSecret(element: Element): Uint8Array<ArrayBuffer> {
  const isField = element.localName === 'input' || element.localName === 'textarea';
  const text = isField ? (element as HTMLInputElement).value : (element.textContent ?? '').trim();
  return new TextEncoder().encode(text);
}

/** What a capture needs besides the secret: the vault's recipient and the sealer (age). */
export type CaptureNeeds = () => Promise<{ recipient: string; sealer: Sealer }>;

/**
 * Starts fetching what a capture needs as soon as the secret dialog shows, so the user's click only
 * reads and seals: loading and evaluating age at the click took ~340 ms. Nothing secret is involved
 * yet. What failed ahead of time is asked for again at capture.
 */
export function prepareCapture(): CaptureNeeds {
  const askRecipient = () => sendContentRequest({ type: 'vault/get-recipient' });
  let recipient = askRecipient();
  // Handled here so an early failure is not an unhandled rejection; it is retried at capture.
  recipient.catch(() => undefined);
  loadSealer().catch(() => undefined);
  return async () => {
    const [{ recipient: key }, sealer] = await Promise.all([recipient.catch(() => (recipient = askRecipient())), loadSealer()]);
    return { recipient: key, sealer };
  };
}

export async function captureSecret(
  dialog: SecretDialogHandle,
  context: CaptureContext,
  trigger: CaptureTrigger,
  /** From prepareCapture() when the dialog showed; else fetched now. */
  needs?: CaptureNeeds,
): Promise<CaptureOutcome> {
  if (trigger.kind === 'click' && !trigger.event.isTrusted) {
    return { ok: false, error: 'Nothing was captured: capture needs a real click on the button.' };
  }
  try {
    const { recipient, sealer } = await (needs ?? prepareCapture())();
    const plaintext = readSecret(dialog.secretElement);
    let sealed: string;
    let captureId: string;
    try {
      if (plaintext.length === 0) return { ok: false, error: 'Nothing was captured: the secret field is empty.' };
      captureId = await captureIdFor(dialog.element, plaintext);
      sealed = await sealer.seal(recipient, plaintext);
    } finally {
      plaintext.fill(0);
    }
    const stored = await sendContentRequest({ type: 'vault/store-capture', captureId, sealed, context });
    return { ok: true, ...stored };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof MessageRefused ? error.message : 'Nothing was captured: the secret could not be sealed into the vault.',
    };
  }
}
