import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sealSecret } from '@/utils/vault/seal';
import type { Sealer } from '@/utils/vault/sealer-api';

// Loaded by the content script only when a secret is captured (utils/vault/sealer-loader.ts), so
// age's weight stays out of the content script. Exposed as a web-accessible resource to the Console
// hosts only; a page that loads it itself gets nothing but an encryption function in its own world.
export default defineUnlistedScript(() => {
  // Firefox needs the content script's own Web Streams for age (own-streams.ts). The condition is a
  // build-time constant, so the Chromium build carries neither the ponyfill nor the import.
  const ready = import.meta.env.FIREFOX ? import('@/utils/vault/own-streams').then(({ useOwnStreams }) => useOwnStreams()) : undefined;
  const sealer: Sealer = Object.freeze({
    async seal(recipient: string, plaintext: Uint8Array) {
      await ready;
      return sealSecret(recipient, plaintext);
    },
  });
  globalThis.__ocgSealer = sealer;
});
