import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ScopeAssistantModule } from '@/components/assistant/assistant-api';
import { mountScopeAssistant } from '@/components/assistant/mount-assistant';

// The scope assistant's heavy part (analyzer, catalog, presets, policy evaluation and their UI),
// loaded by the content script the first time a Generate panel appears
// (components/assistant/load-assistant.ts), so it stays out of the content script's size budget.
// Web-accessible to the Console hosts only; a page that loads it itself gets a UI it could build anyway.
export default defineUnlistedScript(() => {
  const assistant: ScopeAssistantModule = Object.freeze({ mount: mountScopeAssistant });
  globalThis.__ocgScopeAssistant = assistant;
});
