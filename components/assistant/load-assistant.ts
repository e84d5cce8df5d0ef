import { lazyScript } from '@/utils/lazy/lazy-script';
import type { ScopeAssistantModule } from './assistant-api';

// The analyzer, catalog, presets and the assistant's UI are ~30 kB over the content script's budget:
// loaded the first time a Generate panel appears (entrypoints/scope-assistant.ts).
export const loadScopeAssistant: () => Promise<ScopeAssistantModule> = lazyScript('/scope-assistant.js', () => globalThis.__ocgScopeAssistant);
