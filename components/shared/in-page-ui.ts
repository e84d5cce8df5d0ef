import { lazyScript } from '@/utils/lazy/lazy-script';
import type { ScopeAssistant, ScopeAssistantOptions } from '../assistant/assistant-api';
import type { AssistantStatusProps } from '../assistant/AssistantStatus';
import type { RealmBannerInput } from '../banner/realm-banner-input';
import type { CaptureControlProps } from '../capture/CaptureControl';
import type { SecretLostProps } from '../capture/SecretLost';

// The contract between the content script and in-page-ui.js, the one lazily loaded script that
// carries every in-page UI: Preact, the realm banner, the capture control, the scope assistant's
// status and the scope assistant itself (analyzer, catalog, presets). The content script keeps what
// must act at once: it inserts and guards each ocg-* host (shadow-host.ts), sets its data-* state,
// guards Generate and reads the secret; it asks this module to draw. The global lives in the
// content script's isolated world, out of the page's reach.

/** What each host shows, as data: the content script decides, the module renders. */
export interface InPageViews {
  'realm-banner': RealmBannerInput;
  capture: CaptureControlProps;
  'secret-lost': SecretLostProps;
  'assistant-status': AssistantStatusProps;
}

export type InPageView = { [K in keyof InPageViews]: { kind: K; props: InPageViews[K] } }[keyof InPageViews];

export interface InPageUiModule {
  /** The stylesheet of a view, for its host's guarded <style>. */
  cssOf(kind: InPageView['kind']): string;
  /** Renders the view into root (again: an update); returns the data-* only the view knows (e.g. the banner's availability). */
  render(view: InPageView, root: HTMLElement): Record<string, string>;
  /** Takes down what render() drew into root. */
  clear(root: HTMLElement): void;
  mountScopeAssistant(options: ScopeAssistantOptions): ScopeAssistant;
}

declare global {
  var __ocgInPageUi: InPageUiModule | undefined;
}

/** The module once loaded, else undefined: a loaded module draws in the same task. */
export const inPageUiNow = (): InPageUiModule | undefined => globalThis.__ocgInPageUi;

// Loaded the first time a host is shown (entrypoints/in-page-ui.ts).
export const loadInPageUi: () => Promise<InPageUiModule> = lazyScript('/in-page-ui.js', inPageUiNow);
