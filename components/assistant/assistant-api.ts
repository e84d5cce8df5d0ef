import type { Severity } from '@/utils/findings/finding';
import type { GeneratePanel } from '@/utils/console/generate-panel';
import type { PolicyFinding } from '@/utils/policy/evaluate';
import type { GenerateVerdict } from '@/utils/policy/generate-verdict';
import type { EffectivePolicy } from '@/utils/policy/schema';
import type { RealmDetection } from '@/utils/realm/detect-realm';

// The contract between the content script and the scope assistant in the lazily loaded in-page UI
// (components/shared/in-page-ui.ts; it carries the analyzer, catalog, presets, policy evaluation and
// their UI). The content script owns the <ocg-scope-assistant> host, its data-* state and the
// Generate guard; the assistant renders inside the host's shadow root and reports on every check.

/** The draft as checked now. */
export interface DraftReport extends GenerateVerdict {
  /** What the user sees, most serious first. */
  findings: PolicyFinding[];
  maxSeverity: Severity | 'none';
}

export interface ScopeAssistantOptions {
  /** An element in the host's shadow root (ShadowHost.moduleSlot): the assistant adds its own style and container. */
  root: HTMLElement;
  panel: GeneratePanel;
  detection: RealmDetection;
  /** null until the background has answered. */
  policy: EffectivePolicy | null;
  /** Called after every check (edits, policy changes, exemptions). */
  onReport(report: DraftReport): void;
}

export interface ScopeAssistant {
  /** The panel as detected after an edit or a Console re-render: re-reads the form and re-checks it. */
  update(panel: GeneratePanel): void;
  setPolicy(policy: EffectivePolicy): void;
  /** Checks the form as it is at this moment, e.g. when Generate is pressed. */
  check(panel: GeneratePanel): DraftReport;
  remove(): void;
}
