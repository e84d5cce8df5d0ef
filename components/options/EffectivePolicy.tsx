import type { ResolvedPolicy } from '@/utils/policy/resolve';
import { policyRows } from './policy-rows';
import { ProblemList } from './ProblemList';

// What is in force, field by field, with where each value comes from; when the organisation's
// policy is broken, exactly which of its fields are wrong and that strict values apply meanwhile.

const SOURCE_HELP = {
  managed: 'set by your organization (enterprise policy)',
  local: 'set by the local policy imported on this page',
  default: 'built-in default',
  'fail-closed': 'forced strict because the managed policy is invalid',
} as const;

export function EffectivePolicy({ resolved }: { resolved: ResolvedPolicy }) {
  const managedErrors = resolved.errors.filter((error) => error.source === 'managed');
  const localErrors = resolved.errors.filter((error) => error.source === 'local');
  return (
    <section aria-labelledby="effective-title" id="effective">
      <h2 id="effective-title">Policy in force</h2>
      {resolved.failClosed && (
        <div class="fail-closed" role="alert">
          <p>
            <strong>Your organization&apos;s policy is invalid, so the extension fails closed:</strong> Generate is blocked while any
            error or policy finding remains, the broadest scopes are denied, and the local policy is ignored. Ask your administrator to
            fix these fields:
          </p>
          <ProblemList problems={managedErrors} label="Problems in the managed policy" />
        </div>
      )}
      {localErrors.length > 0 && (
        <div class="local-errors" role="alert">
          <p>The stored local policy is invalid and is ignored:</p>
          <ProblemList problems={localErrors} label="Problems in the local policy" />
        </div>
      )}
      <table class="policy-table">
        <caption>Each value and where it comes from: managed, local, default or fail-closed.</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {policyRows(resolved).map((row) => (
            <tr key={row.field} data-field={row.field} data-source={row.source}>
              <th scope="row">
                <code>{row.field}</code>
              </th>
              <td>
                <code class="value">{row.value}</code>
              </td>
              <td>
                <span class={`source source--${row.source}`} title={SOURCE_HELP[row.source]}>
                  {row.source}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
