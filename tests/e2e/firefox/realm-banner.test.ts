import { useBrowser } from '../harness';
import { realmBannerTests } from '../scenarios/realm-banner';

// The realm-availability banner in Firefox. Three realms stand for the three states (OC1
// unavailable, OC2 available, an unknown realm); the host → realm table itself is the same code in
// both browsers and is covered realm by realm in Chromium.
realmBannerTests(useBrowser({ browser: 'firefox' }), { realms: ['OC1', 'OC2', 'an unknown realm'] });
