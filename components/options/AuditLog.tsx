import { useMemo, useState } from 'preact/hooks';
import { auditToCsv, auditToJson } from '@/utils/audit/export';
import { filterAudit } from '@/utils/audit/filter';
import type { AuditSettings } from '@/utils/policy/schema';
import { EMPTY_AUDIT_FILTER, toAuditFilter, type AuditFilterForm } from './audit-filter-form';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ConfirmAction } from './ConfirmAction';
import { downloadFile } from '@/components/shared/download';
import { useAuditLog } from './use-audit-log';

// The local audit log: filters, a table (newest first), JSON/CSV export of what the filters show,
// and clearing while no organization owns the policy.

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function AuditLog({ settings, managed }: { settings: AuditSettings; managed: boolean }) {
  const { state, clear, clearError } = useAuditLog();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const records = useMemo(() => (state.status === 'ready' ? state.records : []), [state]);
  const shown = useMemo(() => filterAudit(records, toAuditFilter(form)).reverse(), [records, form]);
  const save = (extension: string, text: string, type: string) =>
    downloadFile(text, `oci-credential-guard-audit-${localDate(new Date())}.${extension}`, type);

  return (
    <section aria-labelledby="audit-title" id="audit">
      <h2 id="audit-title">Audit log</h2>
      <p>
        {settings.enabled ? 'Recording' : 'Not recording (the policy turns the audit off)'}; records are kept {settings.retentionDays} days.
        The log never holds a secret.
      </p>
      <AuditFilters form={form} onChange={setForm} />
      {state.status === 'loading' && <p>Reading the audit log…</p>}
      {state.status === 'failed' && <p role="alert">{state.error}</p>}
      {state.status === 'ready' && state.unreadable > 0 && (
        <p class="warning" role="note" data-unreadable={state.unreadable}>
          {state.unreadable === 1 ? 'One stored record was' : `${state.unreadable} stored records were`} unreadable and removed since the
          log was last cleared.
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <div class="actions">
            <button type="button" onClick={() => save('json', auditToJson(shown), 'application/json')}>
              Export JSON
            </button>
            <button type="button" onClick={() => save('csv', auditToCsv(shown), 'text/csv')}>
              Export CSV
            </button>
            <span class="muted" role="status" data-shown={shown.length}>
              {shown.length} of {records.length} records match; the export holds the records that match.
            </span>
          </div>
          {shown.length > 0 && <AuditTable records={shown} />}
          {records.length === 0 && <p class="muted">No records yet.</p>}
          {managed ? (
            <p class="muted">Your organization manages this extension: the audit log cannot be cleared here.</p>
          ) : (
            records.length > 0 && (
              <ConfirmAction
                label="Clear the audit log"
                question={`Delete all ${records.length} audit records? Export them first if you need them.`}
                confirmLabel="Delete records"
                onConfirm={clear}
              />
            )
          )}
          {clearError && <p role="alert">{clearError}</p>}
        </>
      )}
    </section>
  );
}
