import { useBrowser } from './harness';
import { realmBannerTests } from './scenarios/realm-banner';

// The realm-availability banner in Chromium, in every realm of REALM_CASES (Firefox: firefox/realm-banner.test.ts).
realmBannerTests(useBrowser());
