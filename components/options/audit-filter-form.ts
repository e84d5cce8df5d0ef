import type { AuditFilter } from '@/utils/audit/filter';
import type { AuditKind } from '@/utils/audit/record';

// The audit log's filter form as the user fills it (every field a string; dates from
// <input type="date">, in the user's own time zone) and the AuditFilter it stands for.

export interface AuditFilterForm {
  /** '' for every kind. */
  kind: AuditKind | '';
  realm: string;
  text: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { kind: '', realm: '', text: '', from: '', to: '' };

/** Local midnight of a YYYY-MM-DD date; undefined for anything else. */
function localDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(day.getTime()) ? undefined : day;
}

/** "From" counts from the start of its day, "to" up to the end of its day. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const from = localDay(form.from);
  const toDay = localDay(form.to);
  const to = toDay && new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1, 0, 0, 0, -1);
  return {
    ...(form.kind ? { kind: form.kind } : {}),
    ...(form.realm.trim() ? { realm: form.realm.trim() } : {}),
    ...(form.text.trim() ? { text: form.text } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
