import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { inPageUi } from '@/components/shared/in-page-views';

// Every in-page UI (Preact, the realm banner, the capture control, the scope assistant with its
// analyzer, catalog and presets), loaded by the content script the first time one of its ocg-*
// hosts appears (components/shared/in-page-ui.ts), so the always-loaded content script stays small.
// Web-accessible to the Console hosts only; a page that loads it itself gets UI it could build anyway.
export default defineUnlistedScript(() => {
  globalThis.__ocgInPageUi = inPageUi;
});
