import { AUDIT_KINDS, type AuditKind } from '@/utils/audit/record';
import { AUDIT_KIND_LABEL } from './audit-labels';
import { EMPTY_AUDIT_FILTER, type AuditFilterForm } from './audit-filter-form';

export function AuditFilters({ form, onChange }: { form: AuditFilterForm; onChange: (form: AuditFilterForm) => void }) {
  const set = (change: Partial<AuditFilterForm>) => onChange({ ...form, ...change });
  return (
    <form class="filters" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
      <label>
        Event
        <select value={form.kind} onChange={(event) => set({ kind: event.currentTarget.value as AuditKind | '' })}>
          <option value="">All events</option>
          {AUDIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {AUDIT_KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Realm
        <input value={form.realm} placeholder="oc1" size={6} onInput={(event) => set({ realm: event.currentTarget.value })} />
      </label>
      <label>
        Search
        <input type="search" value={form.text} onInput={(event) => set({ text: event.currentTarget.value })} />
      </label>
      <label>
        From
        <input type="date" value={form.from} onInput={(event) => set({ from: event.currentTarget.value })} />
      </label>
      <label>
        To
        <input type="date" value={form.to} onInput={(event) => set({ to: event.currentTarget.value })} />
      </label>
      <button type="button" onClick={() => onChange(EMPTY_AUDIT_FILTER)}>
        Reset filters
      </button>
    </form>
  );
}
