import { AuditLog } from './AuditLog';
import { DeploymentTemplates } from './DeploymentTemplates';
import { DraftCheck } from './DraftCheck';
import { EffectivePolicy } from './EffectivePolicy';
import { LocalPolicy } from './LocalPolicy';
import { usePolicyState } from './use-policy-state';

// The options page for security teams: the policy in force and where each value comes from, the
// local policy, a draft to try against it, the audit log, and deployment templates.
// Hooks (docs/testing.md): <main> carries data-managed and data-fail-closed.

const SECTIONS = [
  ['effective', 'Policy in force'],
  ['local', 'Local policy'],
  ['draft', 'Try a draft'],
  ['audit', 'Audit log'],
  ['deploy', 'Deploy'],
] as const;

export function OptionsPage() {
  const state = usePolicyState();
  const resolved = state.status === 'ready' ? state.resolved : undefined;
  return (
    <main data-managed={String(resolved?.managed ?? false)} data-fail-closed={String(resolved?.failClosed ?? false)}>
      <header>
        <h1>OCI Credential Guard: policy and audit</h1>
        {resolved?.managed && (
          <p class="managed-mark" role="note">
            Managed by your organization
          </p>
        )}
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {state.status === 'loading' && <p>Reading the policy…</p>}
      {state.status === 'failed' && <p role="alert">The policy could not be read: {state.error}</p>}
      {state.status === 'ready' && (
        <>
          <EffectivePolicy resolved={state.resolved} />
          <LocalPolicy local={state.local} managed={state.resolved.managed} failClosed={state.resolved.failClosed} />
          <DraftCheck policy={state.resolved.policy} />
          <AuditLog settings={state.resolved.policy.audit} managed={state.resolved.managed} />
          <DeploymentTemplates local={state.local} />
        </>
      )}
    </main>
  );
}
