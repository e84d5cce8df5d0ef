import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { HandoffError } from './errors';

// Recipient public keys and identity files for handoff packages. Only X25519 (`age1…`,
// `AGE-SECRET-KEY-1…`): Debian's age 1.1.1 cannot read post-quantum or tag recipients, and a package
// must open with the plain age CLI.

/** An X25519 recipient: the Bech32 prefix `age`, separator `1`, 58 data characters. */
export const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

export interface RecipientKeyPair {
  /** age-keygen compatible: `# created:`, `# public key:` and the AGE-SECRET-KEY-1… line. */
  identityFile: string;
  /** The public key to send to the administrator: `age1…`. */
  recipient: string;
}

/** Checks a pasted recipient public key and returns it trimmed, or throws a HandoffError that says what it is instead. */
export function parseRecipient(text: string): string {
  const recipient = text.trim();
  const unsupported = describeUnsupportedRecipient(recipient);
  if (unsupported) {
    throw new HandoffError(
      'unsupported-recipient',
      `${unsupported} is not supported: packages are encrypted only to X25519 public keys (age1… from age-keygen) so that every age version can open them.`,
    );
  }
  if (!X25519_RECIPIENT.test(recipient)) {
    throw new HandoffError('invalid-recipient', 'This is not an age public key: expected age1 followed by 58 lowercase letters and digits.');
  }
  try {
    new Encrypter().addRecipient(recipient);
  } catch {
    throw new HandoffError('invalid-recipient', 'This age public key has a typo: its checksum does not match. Copy it again.');
  }
  return recipient;
}

function describeUnsupportedRecipient(recipient: string): string | undefined {
  const lower = recipient.toLowerCase();
  if (lower.startsWith('ssh-') || lower.startsWith('ecdsa-')) return 'An SSH public key';
  if (lower.startsWith('age1pq1')) return 'A post-quantum (ML-KEM hybrid) age recipient';
  if (lower.startsWith('age1tag1') || lower.startsWith('age1tagpq1')) return 'A hardware-tag age recipient';
  // Bech32 puts the separator at the last `1`: a prefix other than `age` names an age plugin.
  const separator = lower.lastIndexOf('1');
  if (lower.startsWith('age1') && separator > 3) return `An age plugin recipient (${lower.slice(0, separator)})`;
  return undefined;
}

/**
 * Reads an identity file in age-keygen's format: comment lines start with `#`, blank lines are
 * ignored, every other line is one AGE-SECRET-KEY-1… identity. Error messages give line numbers only,
 * never a line's content.
 */
export function parseIdentityFile(text: string): string[] {
  const identities: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    identities.push(checkIdentityLine(line, index + 1));
  });
  if (identities.length === 0) {
    throw new HandoffError('invalid-identity', 'No identity found: an age identity file has a line starting with AGE-SECRET-KEY-1.');
  }
  return identities;
}

function checkIdentityLine(line: string, lineNumber: number): string {
  if (line.startsWith('AGE-SECRET-KEY-PQ-1')) {
    throw new HandoffError('unsupported-identity', `Line ${lineNumber} is a post-quantum age identity: handoff packages use X25519 identities (AGE-SECRET-KEY-1…) only.`);
  }
  if (line.startsWith('AGE-PLUGIN-')) {
    throw new HandoffError('unsupported-identity', `Line ${lineNumber} is an age plugin identity, which needs the plugin program: use an X25519 identity (AGE-SECRET-KEY-1…).`);
  }
  if (line.startsWith('-----BEGIN')) {
    throw new HandoffError('unsupported-identity', 'This is a PEM or SSH private key, not an age identity file: use the file saved when you requested the credential.');
  }
  if (!line.startsWith('AGE-SECRET-KEY-1')) {
    throw new HandoffError('invalid-identity', `Line ${lineNumber} is not an age identity: identity lines start with AGE-SECRET-KEY-1.`);
  }
  try {
    new Decrypter().addIdentity(line);
  } catch {
    throw new HandoffError('invalid-identity', `The identity on line ${lineNumber} is damaged: its checksum does not match.`);
  }
  return line;
}

/** A new X25519 key pair for "Request a credential". The identity file is the recipient's to keep. */
export async function generateRecipientKeyPair(now: Date = new Date()): Promise<RecipientKeyPair> {
  // Explicitly X25519: the generic generator may move to post-quantum keys that age 1.1.1 cannot use.
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const identityFile = `# created: ${created}\n# public key: ${recipient}\n${identity}\n`;
  return { identityFile, recipient };
}
