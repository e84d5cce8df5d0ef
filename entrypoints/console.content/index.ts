import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleIncludeGlobs, consoleMatchPatterns } from '@/utils/realm/console-hosts';
import { detectRealm, isConsoleHost } from '@/utils/realm/detect-realm';
import { mayHostCredentialsUi, serviceContextUrl } from '@/utils/console/page-filter';
import { detectConsoleViews, type ConsoleViews } from '@/utils/console/detect';
import { observeConsole } from '@/utils/console/observer';
import { followPolicy } from '@/utils/policy/page-policy';
import type { ConsoleFeature } from './feature';
import { realmBannerFeature } from './features/realm-banner';
import { captureFeature } from './features/capture';
import { credentialsSeenFeature } from './features/credentials-seen';

const NOTHING: ConsoleViews = { credentialsList: null, generatePanel: null, secretDialog: null, credentialDetails: null };

// Wiring only: realm from the URL, one observer, detectors → features. Runs in every frame because
// the Console renders service pages in a same-origin iframe.
export default defineContentScript({
  matches: consoleMatchPatterns(),
  includeGlobs: consoleIncludeGlobs(),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const url = serviceContextUrl(window);
    if (!isConsoleHost(url)) return;
    const realm = detectRealm(url);
    const features: ConsoleFeature[] = [realmBannerFeature(realm), captureFeature(realm), credentialsSeenFeature()];
    const run = () => {
      const views = mayHostCredentialsUi(serviceContextUrl(window)) ? detectConsoleViews(document) : NOTHING;
      for (const feature of features) feature.update(views);
    };
    observeConsole(document, run, ctx.signal);
    // Typing changes input values, not the DOM, so the observer does not see edits of the form.
    ctx.addEventListener(document, 'input', run, { capture: true, passive: true });
    followPolicy((resolved) => features.forEach((feature) => feature.onPolicy?.(resolved)), ctx.signal);
    run();
    ctx.onInvalidated(() => features.forEach((feature) => feature.stop()));
  },
});
