import { useBrowser } from '../harness';
import { policyEnforcementTests } from '../scenarios/policy-enforcement';

// Enforcement in Firefox: the options page (moz-extension://) imports the local policy, the content
// script applies it live in the Console's service iframe, the MV2 background page audits the Generate.
policyEnforcementTests(useBrowser({ browser: 'firefox' }));
