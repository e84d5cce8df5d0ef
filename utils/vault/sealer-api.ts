// The contract between the lazily loaded sealer script (entrypoints/sealer.ts, which carries age)
// and the content script that loads it. The sealer sets this global in the content script's isolated
// world: the page's own scripts live in another world and cannot see or replace it.

export interface Sealer {
  /** Encrypts the secret's bytes to the vault recipient; returns an armored age file. */
  seal(recipient: string, plaintext: Uint8Array): Promise<string>;
}

declare global {
  var __ocgSealer: Sealer | undefined;
}
