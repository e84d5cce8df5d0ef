import { useBrowser } from './harness';
import { policyEnforcementTests } from './scenarios/policy-enforcement';

// Enforcement of a local policy imported in the options page, in Chromium (Firefox: firefox/policy-enforcement.test.ts).
policyEnforcementTests(useBrowser());
