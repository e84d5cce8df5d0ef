import { render } from 'preact';
import { applyDraft } from '@/utils/console/fill';
import { findGeneratePanel } from '@/utils/console/generate-panel';
import { highlightRow } from '@/utils/console/highlight';
import { readDraft } from '@/utils/console/read-form';
import type { Finding, FindingFix, ScopePair } from '@/utils/findings/finding';
import { checkDraft } from '@/utils/policy/check-draft';
import { isGenerateBlocked, type PolicyFinding } from '@/utils/policy/evaluate';
import { findingIdMatches } from '@/utils/policy/glob';
import { offeredPresets } from '@/utils/policy/offered-presets';
import type { EffectivePolicy, Exemption } from '@/utils/policy/schema';
import { realmDomain } from '@/utils/realm/token-endpoint';
import { applyFix } from '@/utils/scopes/apply-fix';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import type { LoadedPreset } from '@/utils/scopes/preset-sources';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { fillPreset, templateFields, type TemplateValues } from '@/utils/scopes/templates';
import type { DraftReport, ScopeAssistant, ScopeAssistantOptions } from './assistant-api';
import { ASSISTANT_CSS } from './assistant-css';
import { ScopeAssistantView, type FocusRequest } from './ScopeAssistantView';
import { undoableForm } from './undoable-form';

// The scope assistant's controller, in the lazily loaded script: it reads the Console's form,
// checks it (analyzer + policy) synchronously on every update, renders the view, highlights the row
// a finding is about, and changes the form only through utils/console/fill.ts (presets and fixes,
// undoable: undoable-form.ts). Its state lives as long as the panel: exemptions recorded here apply
// to this draft only.

/** The row to outline: the finding the user points at, else the first unexempted error or security warning on a row. */
function rowToHighlight(findings: readonly PolicyFinding[], focused: Finding | null): number | null {
  const target =
    focused ??
    findings.find((finding) => !finding.exemption && (finding.severity === 'error' || finding.severity === 'security_warning') && finding.location.kind === 'pair');
  return target?.location.kind === 'pair' ? target.location.index : null;
}

export function mountScopeAssistant(options: ScopeAssistantOptions): ScopeAssistant {
  const { root, detection, onReport } = options;
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = ASSISTANT_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  // Enter in our fields must not reach the Console, which could take it for "submit the panel".
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.stopPropagation();
  });

  const realm = detection.status === 'known' ? detection.realm : undefined;
  const domain = realm === undefined ? undefined : realmDomain(realm);
  const consoleValues: TemplateValues = {
    ...(detection.status === 'known' && detection.region ? { region: detection.region } : {}),
    ...(domain ? { realmDomain: domain } : {}),
  };

  let panel = options.panel;
  let policy = options.policy;
  let presets = offeredPresets(BUILT_IN_PRESETS, policy);
  let chosen: LoadedPreset | null = null;
  let query = '';
  let exemptions: Exemption[] = [];
  let focused: Finding | null = null;
  let focus: FocusRequest | null = null;
  let report: DraftReport;
  let removed = false;

  /** The panel now, found again if the Console re-rendered it since the last update. */
  const panelNow = () => (panel.element.isConnected ? panel : (findGeneratePanel(doc) ?? panel));
  const form = undoableForm(panelNow, (finished) => {
    if (!finished) return show();
    panel = panelNow();
    refresh();
  });

  function check(): DraftReport {
    const findings = checkDraft(readDraft(panel), {
      catalog: SCOPE_CATALOG,
      ...(realm === undefined ? {} : { realm }),
      ...(policy ? { policy } : {}),
      now: new Date(),
      userExemptions: exemptions,
    });
    const verdict = policy ? isGenerateBlocked(findings, policy) : { blocked: false, reasons: [] };
    report = { findings, maxSeverity: findings[0]?.severity ?? 'none', ...verdict };
    return report;
  }

  // A render can trigger another (removing a focused finding fires focusout, which re-renders):
  // the nested one is deferred until the current render is done, never run inside it.
  let rendering = false;
  let again = false;
  function show() {
    if (removed) return;
    if (rendering) {
      again = true;
      return;
    }
    rendering = true;
    try {
      draw();
    } finally {
      rendering = false;
    }
    if (again) {
      again = false;
      show();
    }
  }

  function draw() {
    highlightRow(panel, rowToHighlight(report.findings, focused));
    render(
      <ScopeAssistantView
        presets={presets}
        chosen={chosen}
        consoleValues={consoleValues}
        busy={form.busy()}
        notice={form.notice()}
        undoLabel={form.undoLabel()}
        focus={focus}
        query={query}
        onQuery={(typed) => {
          query = typed;
          show();
        }}
        findings={report.findings}
        mayExempt={(finding) => policy?.userMayExempt.some((pattern) => findingIdMatches(pattern, finding.id)) ?? false}
        onChoose={choose}
        onBack={() => {
          chosen = null;
          focus = { target: 'search' };
          show();
        }}
        onApply={(loaded, pairs) => void applyPreset(loaded, pairs)}
        onUndo={() => void form.undo()}
        onFix={(fix) => void fixForm(fix)}
        onFocusFinding={(finding) => {
          focused = finding;
          show();
        }}
        onExempt={(finding, justification) => {
          exemptions = [...exemptions, exemptionFor(finding, justification)];
          refresh();
        }}
        onWithdraw={(finding) => {
          const mine = exemptionFor(finding, '');
          exemptions = exemptions.filter((e) => !(e.findingId === mine.findingId && e.scope === mine.scope && e.audience === mine.audience));
          refresh();
        }}
      />,
      container,
    );
    // A focus request is delivered once, by the render that carried it.
    focus = null;
    onReport(report);
  }

  function refresh() {
    check();
    show();
  }

  /** A preset that asks for nothing fills the form at once; otherwise its values are asked for first. */
  function choose(loaded: LoadedPreset) {
    const filled = templateFields(loaded.preset).length === 0 ? fillPreset(loaded.preset) : undefined;
    if (filled?.ok) return void applyPreset(loaded, filled.pairs);
    chosen = loaded;
    show();
  }

  /** An exemption for this finding only: its id, and its pair's values when it is about a pair. */
  function exemptionFor(finding: PolicyFinding, justification: string): Exemption {
    const pair = finding.location.kind === 'pair' ? readDraft(panel).pairs[finding.location.index] : undefined;
    return {
      findingId: finding.id,
      justification,
      ...(pair?.scope ? { scope: pair.scope } : {}),
      ...(pair?.audience ? { audience: pair.audience } : {}),
    };
  }

  async function applyPreset(loaded: LoadedPreset, pairs: ScopePair[]) {
    const { preset } = loaded;
    // Name and description are filled only where empty: the preset's id says what the credential is for.
    const applied = await form.change(
      {
        working: `Filling the form with "${preset.title}"…`,
        done: `Filled the form with "${preset.title}". Check the findings before you press Generate.`,
        label: `"${preset.title}"`,
      },
      (current) => applyDraft(current, { name: preset.id, description: preset.title, pairs }, { fillNameAndDescription: true }),
    );
    if (applied && chosen === loaded) {
      // The form that had focus is gone: Undo is what the user may want next.
      chosen = null;
      focus = { target: 'undo' };
      show();
    }
  }

  async function fixForm(fix: FindingFix) {
    const applied = await form.change({ working: `Applying "${fix.label}"…`, done: `Applied "${fix.label}".`, label: `"${fix.label}"` }, (current) =>
      applyDraft(current, applyFix(readDraft(current), fix), { fillNameAndDescription: false }),
    );
    // The fixed finding, and its button that had focus, are gone.
    if (applied) {
      focus = { target: 'undo' };
      show();
    }
  }

  refresh();
  return {
    update(next) {
      panel = next;
      refresh();
    },
    setPolicy(next: EffectivePolicy) {
      policy = next;
      presets = offeredPresets(BUILT_IN_PRESETS, policy);
      if (chosen && !presets.some((loaded) => loaded.preset.id === chosen?.preset.id)) chosen = null;
      refresh();
    },
    check(next) {
      panel = next;
      refresh();
      return report;
    },
    remove() {
      removed = true;
      if (panel.element.isConnected) highlightRow(panel, null);
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}
