import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleIncludeGlobs, consoleMatchPatterns } from '@/utils/realm/console-hosts';
import { detectRealm, isConsoleHost } from '@/utils/realm/detect-realm';
import { mayHostCredentialsUi, serviceContextUrl } from '@/utils/console/page-filter';
import { detectConsoleViews, type ConsoleViews } from '@/utils/console/detect';
import { observeConsole } from '@/utils/console/observer';
import { foundViews, isRelevantBatch, NONE_FOUND } from '@/utils/console/relevance';
import { isOwnUi } from '@/utils/console/text';
import type { ConsoleFeature } from './feature';
import { extensionLifetime } from './lifetime';
import { startFeatures } from './start-features';

const NOTHING: ConsoleViews = { credentialsList: null, generatePanel: null, secretDialog: null, credentialDetails: null };

// Wiring only: realm from the URL, one observer, detectors → features. Runs in every frame because
// the Console renders service pages in a same-origin iframe. Where the URL rules out the credentials
// UI the observer only watches the URL (the Console navigates by history.pushState); elsewhere it
// detects on each relevant change, and the features start with the first view found.
export default defineContentScript({
  // Getters over the realm table, which the build reads for the manifest. WXT's start-up wrapper copies
  // the options, so each frame also computes them once (well under a millisecond); literal arrays here
  // would be a second copy of the table's hosts.
  get matches() {
    return consoleMatchPatterns();
  },
  get includeGlobs() {
    return consoleIncludeGlobs();
  },
  allFrames: true,
  runAt: 'document_idle',
  // WXT's context (the main() argument) is not used: see lifetime.ts.
  main() {
    let url = serviceContextUrl(window);
    if (!isConsoleHost(url)) return;
    const life = extensionLifetime();
    const realm = detectRealm(url);
    let mayHost = mayHostCredentialsUi(url);
    let found = NONE_FOUND;
    let features: ConsoleFeature[] | null = null;

    /** True when the page's URL changed since last asked (an SPA navigation). */
    const urlChanged = () => {
      const now = serviceContextUrl(window);
      if (now === url) return false;
      url = now;
      mayHost = mayHostCredentialsUi(now);
      return true;
    };
    const run = () => {
      urlChanged();
      const views = mayHost ? detectConsoleViews(document) : NOTHING;
      found = foundViews(views);
      if (!features && found.shown.length === 0) return;
      features ??= start();
      for (const feature of features) feature.update(views);
    };
    const start = () => {
      // Typing changes input values, not the DOM, so the observer does not see edits of the form.
      // Typing in our own UI is not an edit of the Console's form.
      const onInput = (event: Event) => {
        if (!(event.target instanceof Node && isOwnUi(event.target))) run();
      };
      document.addEventListener('input', onInput, { capture: true, passive: true, signal: life });
      return startFeatures(realm, life);
    };
    observeConsole(document, { relevant: (records) => urlChanged() || (mayHost && isRelevantBatch(records, found)), onChange: run }, life);
    run();
  },
});
