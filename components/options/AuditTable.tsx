import { useState } from 'preact/hooks';
import type { AuditRecord } from '@/utils/audit/record';
import { AUDIT_PAGE_ROWS } from './audit-page';
import { AUDIT_KIND_LABEL, auditDetails } from './audit-labels';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });


/** Hooks (docs/testing.md): each row carries data-kind and data-record-id. */
export function AuditTable({ records }: { records: readonly AuditRecord[] }) {
  const [limit, setLimit] = useState(AUDIT_PAGE_ROWS);
  const rows = records.slice(0, limit);
  const more = Math.min(AUDIT_PAGE_ROWS, records.length - rows.length);
  return (
    <>
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Audit records">
      <table class="audit-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Credential</th>
            <th scope="col">Realm</th>
            <th scope="col">OCID</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <tr key={record.id} data-kind={record.kind} data-record-id={record.id}>
              <td>
                <time dateTime={record.at}>{timeFormat.format(new Date(record.at))}</time>
              </td>
              <td>{AUDIT_KIND_LABEL[record.kind]}</td>
              <td>{record.credentialName ?? ''}</td>
              <td>{record.realm ?? ''}</td>
              <td>
                <code>{record.ocid ?? ''}</code>
              </td>
              <td>
                {auditDetails(record).map((line, index) => (
                  <div key={index}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {more > 0 && (
      <p class="muted">
        The newest {rows.length} of {records.length} are in the table.{' '}
        <button type="button" onClick={() => setLimit(limit + AUDIT_PAGE_ROWS)}>
          Show {more} more
        </button>
      </p>
    )}
    </>
  );
}
