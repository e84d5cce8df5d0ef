import { Decrypter, Encrypter, armor } from 'age-encryption';
import { inspectAgeFile } from './age-header';
import { readAll, streamOf } from './byte-stream';
import { parseIdentityFile, parseRecipient } from './age-keys';
import { HandoffError } from './errors';

// age encryption of a handoff package and decryption with failures named in the user's words.
// Inputs and outputs are plain strings and bytes so a page can run this in a Worker (scrypt at the
// default work factor blocks for seconds).

/** age’s own default: 2–6 s of scrypt in a browser, so pages run it in a Worker. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** The age library refuses to decrypt above 2^20, so nothing above it may be written. */
const MAX_SCRYPT_WORK_FACTOR = 20;

export const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
export const ARMOR_END = '-----END AGE ENCRYPTED FILE-----';

export type EncryptTo =
  /** `workFactor`: base-2 logarithm of scrypt's N; tests pass a low one. */
  | { passphrase: string; workFactor?: number }
  /** X25519 public keys, `age1…`. */
  | { recipients: readonly string[] };

export type DecryptWith = { passphrase: string } | { identityFile: string };

export interface EncryptedPackage {
  /** The `.age` file. */
  binary: Uint8Array;
  /** The same ciphertext in age's ASCII armor, for email bodies and copy and paste. */
  armored: string;
}

export async function encryptPackage(plaintext: string, to: EncryptTo): Promise<EncryptedPackage> {
  const encrypter = new Encrypter();
  if ('passphrase' in to) {
    if (to.passphrase.length === 0) throw new HandoffError('invalid-passphrase', 'The passphrase is empty.');
    const workFactor = to.workFactor ?? DEFAULT_SCRYPT_WORK_FACTOR;
    if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_SCRYPT_WORK_FACTOR) {
      throw new RangeError(`The scrypt work factor must be an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR}.`);
    }
    encrypter.setPassphrase(to.passphrase);
    encrypter.setScryptWorkFactor(workFactor);
  } else {
    if (to.recipients.length === 0) throw new HandoffError('invalid-recipient', 'Add the recipient’s age public key (age1…).');
    for (const recipient of to.recipients) encrypter.addRecipient(parseRecipient(recipient));
  }
  const binary = await encrypter.encrypt(plaintext);
  return { binary, armored: armor.encode(binary) };
}

/**
 * Decrypts a package given as armored text or as the bytes of a `.age` file (binary or armored).
 * Returns the plaintext; throws a HandoffError whose kind names the failure.
 */
export async function decryptPackage(input: string | Uint8Array, key: DecryptWith): Promise<string> {
  const bytes = toBinary(input);
  const shape = inspectAgeFile(bytes);
  if (shape.state === 'not-age') {
    throw new HandoffError('not-age', `This is not an age package: a package is a .age file, or text starting with ${ARMOR_BEGIN}.`);
  }
  if (shape.state === 'truncated') {
    throw new HandoffError('truncated', 'The package is cut short: part of it is missing. Copy or download it again, in full.');
  }
  if (shape.state === 'damaged') throw tampered();
  const byPassphrase = 'passphrase' in key;
  const hasScrypt = shape.stanzaTypes.includes('scrypt');
  if (byPassphrase && !hasScrypt) {
    throw new HandoffError('needs-identity', 'This package is encrypted to a public key, not a passphrase: open it with your identity file (AGE-SECRET-KEY-1…).');
  }
  if (!byPassphrase && hasScrypt) {
    throw new HandoffError('needs-passphrase', 'This package is protected by a passphrase, not a key: enter the passphrase you received separately.');
  }
  const decrypter = new Decrypter();
  if (byPassphrase) decrypter.addPassphrase(key.passphrase);
  else for (const identity of parseIdentityFile(key.identityFile)) decrypter.addIdentity(identity);
  try {
    return new TextDecoder().decode(await readAll(await decrypter.decrypt(streamOf(bytes))));
  } catch (error) {
    throw describeFailure(error, byPassphrase);
  }
}

/** How a package is protected, read from its header: which key the recipient must give. */
export type PackageProtection = 'passphrase' | 'recipient-key';

/** Undefined while the input is not a complete age header (a form can then ask for either key). */
export function packageProtection(input: string | Uint8Array): PackageProtection | undefined {
  let bytes: Uint8Array;
  try {
    bytes = toBinary(input);
  } catch {
    return undefined;
  }
  const shape = inspectAgeFile(bytes);
  if (shape.state !== 'complete') return undefined;
  return shape.stanzaTypes.includes('scrypt') ? 'passphrase' : 'recipient-key';
}

function toBinary(input: string | Uint8Array): Uint8Array {
  if (typeof input === 'string') return fromArmor(input);
  // A `.age` file may hold armored text (`age -a`): recognise it by its first line.
  const head = new TextDecoder().decode(input.subarray(0, 64)).trimStart();
  return head.startsWith(ARMOR_BEGIN) ? fromArmor(new TextDecoder().decode(input)) : input;
}

/** Takes the armored block out of pasted text, so a whole pasted email still works. */
function fromArmor(text: string): Uint8Array {
  const begin = text.indexOf(ARMOR_BEGIN);
  if (begin < 0) {
    throw new HandoffError('not-age', `This is not an age package: the armored text starts with ${ARMOR_BEGIN}.`);
  }
  const end = text.indexOf(ARMOR_END, begin);
  if (end < 0) {
    throw new HandoffError('truncated', `The armored package is cut short: its last line, ${ARMOR_END}, is missing. Copy it again, in full.`);
  }
  try {
    return armor.decode(text.slice(begin, end + ARMOR_END.length));
  } catch (error) {
    throw new HandoffError(
      'armor-damaged',
      'The armored text is damaged: a line was changed, joined or re-wrapped (some mail programs do this). Copy it again exactly as sent, or use the .age file.',
      { cause: error },
    );
  }
}

function describeFailure(error: unknown, byPassphrase: boolean): unknown {
  // The age library throws plain Errors; anything else is a bug or the environment, passed on as is.
  if (!(error instanceof Error) || error.constructor !== Error) return error;
  if (error.message.startsWith('no identity matched')) {
    // A wrong key and an altered key stanza cannot be told apart: both simply fail to unwrap.
    return byPassphrase
      ? new HandoffError('wrong-passphrase', 'The passphrase does not open this package. Check it word for word, including spaces.', { cause: error })
      : new HandoffError('wrong-key', 'Your identity does not open this package: it was encrypted to a different public key.', { cause: error });
  }
  if (error.message.includes('work factor is too high')) {
    return new HandoffError('unsupported', 'This package uses a scrypt work factor above 2^20, which would take too long to open.', { cause: error });
  }
  // The rest — header MAC, payload tag, malformed header lines — means the file was altered
  // (or, for a payload cut short inside its only chunk, truncated: age cannot tell which).
  return tampered(error);
}

function tampered(cause?: unknown): HandoffError {
  return new HandoffError(
    'tampered',
    'The package was altered or damaged after it was made (or its end is missing): it fails age’s integrity check. Ask for it again.',
    cause === undefined ? undefined : { cause },
  );
}
