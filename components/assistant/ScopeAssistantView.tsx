import { useEffect, useRef } from 'preact/hooks';
import type { Finding, FindingFix, ScopePair } from '@/utils/findings/finding';
import type { PolicyFinding } from '@/utils/policy/evaluate';
import type { LoadedPreset } from '@/utils/scopes/preset-sources';
import type { TemplateValues } from '@/utils/scopes/templates';
import { FindingsList } from '../findings/FindingsList';
import { ExemptionControl } from './ExemptionControl';
import { PresetForm } from './PresetForm';
import { PresetPicker } from './PresetPicker';

// The scope assistant as the user sees it inside the Generate panel: presets to start from, what
// was just done to the form (with Undo), and the live findings for what the form holds now.

export interface AssistantNotice {
  kind: 'working' | 'done' | 'error';
  text: string;
}

/** Where keyboard focus goes after the element that had it went away (a new object each time). */
export interface FocusRequest {
  target: 'search' | 'undo';
}

export interface ScopeAssistantViewProps {
  presets: readonly LoadedPreset[];
  chosen: LoadedPreset | null;
  consoleValues: TemplateValues;
  busy: boolean;
  notice: AssistantNotice | null;
  /** What Undo would take back, when there is something. */
  undoLabel: string | null;
  focus: FocusRequest | null;
  query: string;
  onQuery(query: string): void;
  findings: readonly PolicyFinding[];
  mayExempt(finding: PolicyFinding): boolean;
  onChoose(loaded: LoadedPreset): void;
  onBack(): void;
  onApply(loaded: LoadedPreset, pairs: ScopePair[]): void;
  onUndo(): void;
  onFix(fix: FindingFix, finding: Finding): void;
  onFocusFinding(finding: Finding | null): void;
  onExempt(finding: PolicyFinding, justification: string): void;
  onWithdraw(finding: PolicyFinding): void;
}

export function ScopeAssistantView(props: ScopeAssistantViewProps) {
  const { presets, chosen, busy, notice, undoLabel, findings, focus } = props;
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus?.target === 'undo') undoButton.current?.focus();
  }, [focus]);
  const narrower = chosen
    ? (chosen.preset.relations?.narrower ?? []).flatMap((id) => presets.filter((loaded) => loaded.preset.id === id))
    : [];
  return (
    <div class="assistant">
      <section aria-labelledby="presets-heading">
        <h4 id="presets-heading">Start from a preset</h4>
        {presets.length === 0 ? (
          <p class="hint">Your organisation's policy offers no preset here.</p>
        ) : chosen ? (
          <PresetForm
            key={chosen.preset.id}
            chosen={chosen}
            narrower={narrower}
            consoleValues={props.consoleValues}
            disabled={busy}
            onApply={(pairs) => props.onApply(chosen, pairs)}
            onChoose={props.onChoose}
            onBack={props.onBack}
          />
        ) : (
          <PresetPicker
            presets={presets}
            disabled={busy}
            query={props.query}
            onQuery={props.onQuery}
            focusSearch={focus?.target === 'search' ? focus : null}
            onChoose={props.onChoose}
          />
        )}
      </section>
      {(notice || undoLabel) && (
        <div class={`notice notice--${notice?.kind ?? 'done'}`}>
          {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
          {undoLabel && (
            <button ref={undoButton} type="button" data-action="undo" disabled={busy} onClick={props.onUndo}>
              Undo {undoLabel}
            </button>
          )}
        </div>
      )}
      <section aria-labelledby="findings-heading">
        <h4 id="findings-heading">
          Findings for this draft <span class="count">({findings.length})</span>
        </h4>
        <FindingsList
          findings={findings}
          onFix={busy ? undefined : props.onFix}
          onFocusFinding={props.onFocusFinding}
          emptyText="Nothing to report for what the form holds now."
          extra={(finding) => (
            <ExemptionControl
              finding={finding}
              allowed={props.mayExempt(finding)}
              onExempt={(justification) => props.onExempt(finding, justification)}
              onWithdraw={() => props.onWithdraw(finding)}
            />
          )}
        />
      </section>
    </div>
  );
}
