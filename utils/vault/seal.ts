import { Decrypter, Encrypter, armor } from 'age-encryption';
import { readAll, streamOf } from '../handoff/byte-stream';

// The only two places a secret is encrypted or decrypted. Sealing runs in the content script (loaded
// lazily through the sealer), opening only in the background.

const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** Encrypts the secret's bytes to the vault's X25519 recipient; returns an armored age file. */
export async function sealSecret(recipient: string, plaintext: Uint8Array): Promise<string> {
  if (!X25519_RECIPIENT.test(recipient)) throw new Error('The vault recipient is not an age X25519 public key.');
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  // A stream in, a stream out, never age's Response-based readAll (see byte-stream.ts).
  return armor.encode(await readAll(await encrypter.encrypt(streamOf(plaintext))));
}

/** Decrypts an armored age file with the vault identity; returns the secret as text. */
export async function openSealed(identity: string, sealed: string): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(armor.decode(sealed), 'text');
}
