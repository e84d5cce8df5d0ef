import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sealSecret } from '@/utils/vault/seal';
import type { Sealer } from '@/utils/vault/sealer-api';

// Loaded by the content script only when a secret is captured (utils/vault/sealer-loader.ts), so
// age's weight stays out of the content script. Exposed as a web-accessible resource to the Console
// hosts only; a page that loads it itself gets nothing but an encryption function in its own world.
export default defineUnlistedScript(() => {
  const sealer: Sealer = Object.freeze({ seal: sealSecret });
  globalThis.__ocgSealer = sealer;
});
