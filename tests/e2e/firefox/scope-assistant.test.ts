import { useBrowser } from '../harness';
import { scopeAssistantTests } from '../scenarios/scope-assistant';

// The scope assistant in Firefox: a preset with a template value fills the Console's form in the
// service iframe (the panel variants differ only in DOM the detectors read the same way in both
// browsers, covered variant by variant in Chromium), a broad scope typed by hand is flagged and fixed,
// and the assistant and the banner follow the user's colour scheme, light and dark (set through a pref:
// harness/color-schemes.ts).
scopeAssistantTests(useBrowser({ browser: 'firefox' }), { variants: ['current generation, service iframe'] });
