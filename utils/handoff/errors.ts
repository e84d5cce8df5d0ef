// One error type for everything that can go wrong making or opening a handoff package, so a page
// can show `error.message` as is and branch on `error.kind`. Messages never contain the secret, the
// passphrase, an identity or any plaintext: only what was wrong and what to do about it.

export const HANDOFF_ERROR_KINDS = [
  // The document inside the package
  'not-json',
  'not-a-handoff-package',
  'newer-version',
  'invalid-field',
  'unknown-token-endpoint',
  // The age layer
  'not-age',
  'armor-damaged',
  'truncated',
  'tampered',
  'wrong-passphrase',
  'wrong-key',
  'needs-passphrase',
  'needs-identity',
  'unsupported',
  'invalid-passphrase',
  'invalid-recipient',
  'unsupported-recipient',
  'invalid-identity',
  'unsupported-identity',
  // Delivery
  'invalid-email-address',
] as const;

export type HandoffErrorKind = (typeof HANDOFF_ERROR_KINDS)[number];

export class HandoffError extends Error {
  override readonly name = 'HandoffError';

  constructor(
    readonly kind: HandoffErrorKind,
    message: string,
    /** Set only for failures of the age layer, whose messages describe ciphertext, never plaintext. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
