import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import type { AssistantState } from '@/components/assistant/AssistantStatus';
import type { DraftReport, ScopeAssistant } from '@/components/assistant/assistant-api';
import { loadInPageUi } from '@/components/shared/in-page-ui';
import { credentialGeneratedEvent } from '@/utils/audit/generated-event';
import { readConsoleContext } from '@/utils/console/context';
import { findGeneratePanel, type ConsoleViews, type GeneratePanel } from '@/utils/console/detect';
import { guardGenerate } from '@/utils/console/generate-guard';
import { slotAboveGenerate } from '@/utils/console/panel-slot';
import { readDraft } from '@/utils/console/read-form';
import { sendContentRequest } from '@/utils/messages/send';
import { generateVerdict, type DraftChecker, type PolicyState } from '@/utils/policy/generate-verdict';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleFeature } from '../feature';
import { messageOf } from '@/utils/message-of';

// <ocg-scope-assistant> in the Generate panel, and the enforcement of the policy on Generate.
// This side stays thin (the content script's size budget): it mounts the host in the frame the
// panel appears, has the in-page UI (analyzer, presets, UI) loaded lazily and hands it the panel,
// guards Generate, and reports each Generate that goes ahead to the audit log.

interface Mount {
  ui: ShadowHost;
  panel: GeneratePanel;
  state: AssistantState;
  message?: string;
  assistant: ScopeAssistant | null;
  report: DraftReport | null;
  stopped: number;
}


function place(host: HTMLElement, panel: GeneratePanel) {
  const slot = slotAboveGenerate(panel);
  slot.parent.insertBefore(host, slot.before);
}

export function scopeAssistantFeature(detection: RealmDetection, signal: AbortSignal): ConsoleFeature {
  let policy: PolicyState = { status: 'pending' };
  let current: Mount | null = null;

  const known = () => (policy.status === 'known' ? policy.resolved : null);

  /** The verdict; `fresh` re-checks the form now (at an attempt), else the last report is used. */
  function verdictFor(m: Mount, fresh: boolean) {
    const { assistant, report } = m;
    const checker: DraftChecker =
      m.state === 'error'
        ? { status: 'failed', message: m.message ?? 'unknown error' }
        : assistant && report
          ? { status: 'ready', check: () => (fresh ? assistant.check(m.panel) : report) }
          : { status: 'loading' };
    return generateVerdict(policy, checker);
  }

  function render(m: Mount) {
    const verdict = verdictFor(m, false);
    const resolved = known();
    const managed = resolved?.managed === true;
    m.ui.update({ kind: 'assistant-status', props: { state: m.state, message: m.message, managed, verdict, stopped: m.stopped } }, {
      state: m.state,
      ...(m.message ? { message: m.message } : {}),
      blocked: String(verdict.blocked),
      policy: policy.status,
      ...(resolved ? { enforcement: resolved.policy.enforcement } : {}),
      ...(managed ? { managed: 'true' } : {}),
      ...(m.report ? { findings: String(m.report.findings.length), 'max-severity': m.report.maxSeverity } : {}),
    });
  }

  function mount(panel: GeneratePanel): Mount {
    const m: Mount = {
      ui: createShadowHost('ocg-scope-assistant', (host) => place(host, panel)),
      panel,
      state: 'loading',
      assistant: null,
      report: null,
      stopped: 0,
    };
    render(m);
    loadInPageUi()
      .then((ui) => {
        if (current !== m) return;
        m.assistant = ui.mountScopeAssistant({
          root: m.ui.moduleSlot,
          panel: m.panel,
          detection,
          policy: known()?.policy ?? null,
          onReport: (report) => {
            m.report = report;
            if (m.state === 'ready') render(m);
          },
        });
        m.state = 'ready';
      })
      .catch((error: unknown) => {
        if (current !== m) return;
        m.state = 'error';
        m.message = messageOf(error);
      })
      .finally(() => {
        if (current === m) render(m);
      });
    return m;
  }

  function remove() {
    current?.assistant?.remove();
    current?.ui.remove();
    current = null;
  }

  /** The panel as it is now: the one last detected, or found again if the Console re-rendered it. */
  function panelNow(): GeneratePanel | null {
    if (!current) return null;
    if (!current.panel.generateButton.isConnected) {
      const found = findGeneratePanel(document);
      if (found) current.panel = found;
    }
    return current.panel;
  }

  // Never delays or breaks Generate: the record is sent without waiting, and a failure (the
  // background may not handle it yet) is only logged. No secret exists at this point.
  function recordGenerate(panel: GeneratePanel) {
    const failed = (error: unknown) => console.warn('OCI Credential Guard could not record the credential in the audit log', error);
    try {
      const findings = current?.assistant?.check(panel).findings ?? [];
      const event = credentialGeneratedEvent({ draft: readDraft(panel), findings, detection, page: readConsoleContext(document) });
      if (event) sendContentRequest({ type: 'audit/credential-generated', event }).catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  guardGenerate(
    window,
    {
      panel: panelNow,
      mayGenerate: () => !current || !verdictFor(current, true).blocked,
      onStopped: () => {
        if (!current) return;
        current.stopped += 1;
        render(current);
        current.ui.host.scrollIntoView({ block: 'nearest' });
      },
      onGenerate: recordGenerate,
    },
    signal,
  );

  return {
    update(views: ConsoleViews) {
      const panel = views.generatePanel;
      if (!panel) return remove();
      if (!current) current = mount(panel);
      current.panel = panel;
      // The Console may re-render the panel without our host: put the same host (and state) back.
      if (!current.ui.isAttached()) place(current.ui.host, panel);
      if (current.assistant) current.assistant.update(panel);
      else render(current);
    },
    onPolicy(resolved: ResolvedPolicy) {
      policy = { status: 'known', resolved };
      if (!current) return;
      current.assistant?.setPolicy(resolved.policy);
      render(current);
    },
    onPolicyFailure(message: string) {
      policy = { status: 'failed', message };
      if (current) render(current);
    },
    stop: remove,
  };
}
