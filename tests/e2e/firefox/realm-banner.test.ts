import { useBrowser } from '../harness';
import { realmBannerTests } from '../scenarios/realm-banner';

// The realm-availability banner in Firefox. Three realms stand for the three states (OC1
// unavailable, OC2 available, an unknown realm); the host → realm table itself is the same code in
// both browsers and is covered realm by realm in Chromium. The dismissal's end with the session is
// shown by starting the extension anew (the build installed again) rather than a second Firefox
// (~10 s of CPU): what a browser start does for the extension, which Chromium's spec checks with a
// real second browser.
realmBannerTests(useBrowser({ browser: 'firefox' }), { realms: ['OC1', 'OC2', 'an unknown realm'], sessionEnd: 'extension' });
