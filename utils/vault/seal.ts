import { Decrypter, Encrypter, armor } from 'age-encryption';

// The only two places a secret is encrypted or decrypted. Sealing runs in the content script (loaded
// lazily through the sealer), opening only in the background.

const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/**
 * Collects a stream with its own reader. Not age's readAll: that goes through `new Response(stream)`,
 * which in a Firefox content script does not accept the ponyfill's streams (own-streams.ts) and
 * reads "[object ReadableStream]" instead: the sealed secret would be silently lost.
 */
async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/** Encrypts the secret's bytes to the vault's X25519 recipient; returns an armored age file. */
export async function sealSecret(recipient: string, plaintext: Uint8Array): Promise<string> {
  if (!X25519_RECIPIENT.test(recipient)) throw new Error('The vault recipient is not an age X25519 public key.');
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  // A stream in, a stream out: the streams are whatever ReadableStream is in this world (see readStream).
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(plaintext);
      controller.close();
    },
  });
  return armor.encode(await readStream(await encrypter.encrypt(source)));
}

/** Decrypts an armored age file with the vault identity; returns the secret as text. */
export async function openSealed(identity: string, sealed: string): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(armor.decode(sealed), 'text');
}
