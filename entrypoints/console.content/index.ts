import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleIncludeGlobs, consoleMatchPatterns } from '@/utils/realm/console-hosts';
import { detectRealm, isConsoleHost } from '@/utils/realm/detect-realm';
import { mayHostCredentialsUi, serviceContextUrl } from '@/utils/console/page-filter';
import { detectConsoleViews, type ConsoleViews } from '@/utils/console/detect';
import { observeConsole } from '@/utils/console/observer';
import { isOwnUi } from '@/utils/console/text';
import { followPolicy } from '@/utils/policy/page-policy';
import type { ConsoleFeature } from './feature';
import { extensionLifetime } from './lifetime';
import { realmBannerFeature } from './features/realm-banner';
import { captureFeature } from './features/capture';
import { credentialsSeenFeature } from './features/credentials-seen';
import { scopeAssistantFeature } from './features/scope-assistant';

const NOTHING: ConsoleViews = { credentialsList: null, generatePanel: null, secretDialog: null, credentialDetails: null };

// Wiring only: realm from the URL, one observer, detectors → features. Runs in every frame because
// the Console renders service pages in a same-origin iframe.
export default defineContentScript({
  matches: consoleMatchPatterns(),
  includeGlobs: consoleIncludeGlobs(),
  allFrames: true,
  runAt: 'document_idle',
  // WXT's context (the main() argument) is not used: see lifetime.ts.
  main() {
    const url = serviceContextUrl(window);
    if (!isConsoleHost(url)) return;
    const life = extensionLifetime();
    const realm = detectRealm(url);
    const features: ConsoleFeature[] = [
      realmBannerFeature(realm),
      scopeAssistantFeature(realm, life),
      captureFeature(realm),
      credentialsSeenFeature(),
    ];
    const run = () => {
      const views = mayHostCredentialsUi(serviceContextUrl(window)) ? detectConsoleViews(document) : NOTHING;
      for (const feature of features) feature.update(views);
    };
    observeConsole(document, run, life);
    // Typing changes input values, not the DOM, so the observer does not see edits of the form.
    // Typing in our own UI is not an edit of the Console's form.
    const onInput = (event: Event) => {
      if (!(event.target instanceof Node && isOwnUi(event.target))) run();
    };
    document.addEventListener('input', onInput, { capture: true, passive: true, signal: life });
    followPolicy(
      {
        onPolicy: (resolved) => features.forEach((feature) => feature.onPolicy?.(resolved)),
        onFailure: (message) => features.forEach((feature) => feature.onPolicyFailure?.(message)),
      },
      life,
    );
    run();
    life.addEventListener('abort', () => features.forEach((feature) => feature.stop()), { once: true });
  },
});
