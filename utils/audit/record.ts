import { z } from 'zod';
import { SEVERITIES } from '../findings/finding';
import { HANDOFF_CHANNELS } from '../vault/events';
import { itemIdSchema } from '../vault/item';
import { CREDENTIAL_OCID } from '../vault/ocid';

// One audit record per thing that happened to a credential, as a local log a security team can
// export. Every record carries its schemaVersion so that an exported log stays readable after the
// format moves on. The schemas are strict: a record with any field not listed here (a `secret`,
// a `password`, …) is rejected, so a secret cannot slip into the log through a careless spread.

export const AUDIT_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max);
const ocid = z.string().regex(CREDENTIAL_OCID, { error: 'a credential OCID looks like ocid1.credential.oc1..<unique id>' });
const realm = z.string().regex(/^[a-z][a-z0-9]{1,15}$/, { error: 'a realm key looks like "oc1"' });

/** Ties the events about one credential together; whatever was known at the time. */
const credentialRef = {
  itemId: itemIdSchema.optional(),
  credentialName: text(256).optional(),
  ocid: ocid.optional(),
  realm: realm.optional(),
};

const common = {
  schemaVersion: z.literal(AUDIT_SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{32}$/, { error: 'a record id is 32 lowercase hex digits' }),
  at: z.iso.datetime({ offset: true }),
};

const findingAtGenerate = z.strictObject({
  id: text(32),
  severity: z.enum(SEVERITIES),
  title: text(500),
});

const exemptionAtGenerate = z.strictObject({
  findingId: text(32),
  pattern: text(64),
  justification: text(1000),
  by: z.enum(['policy', 'user']),
});

const itemEvent = <K extends string>(kind: K) => z.strictObject({ ...common, kind: z.literal(kind), ...credentialRef });

/** What a content script reports when the user presses Generate (no id, version or time yet). */
export const credentialGeneratedEventSchema = z.strictObject({
  kind: z.literal('credential-generated'),
  ...credentialRef,
  credentialName: text(256),
  region: text(64).optional(),
  identityDomain: text(256).optional(),
  targetUser: text(256).optional(),
  pairs: z.array(z.strictObject({ audience: z.string().max(2048), scope: z.string().max(2048) })).max(50),
  /** The findings shown when Generate was pressed, after the policy's overrides. */
  findings: z.array(findingAtGenerate).max(200),
  exemptions: z.array(exemptionAtGenerate).max(200),
});

/**
 * What a content script reports when the secret dialog closed, past the policy's "block", before
 * the secret was captured: the secret is lost and must be regenerated.
 */
export const closedBeforeCaptureEventSchema = z.strictObject({ kind: z.literal('closed-before-capture'), ...credentialRef });

export const auditRecordSchema = z.discriminatedUnion('kind', [
  credentialGeneratedEventSchema.extend(common),
  itemEvent('secret-captured'),
  itemEvent('ocid-attached').extend({ ocid }),
  itemEvent('item-opened'),
  itemEvent('handoff-delivered').extend({ channel: z.enum(HANDOFF_CHANNELS) }),
  itemEvent('item-expired'),
  itemEvent('item-purged'),
  itemEvent('item-unopenable'),
  closedBeforeCaptureEventSchema.extend(common),
]);

export type AuditRecord = z.infer<typeof auditRecordSchema>;
export type AuditKind = AuditRecord['kind'];
export const AUDIT_KINDS: readonly AuditKind[] = auditRecordSchema.options.map((option) => option.shape.kind.value);

type WithoutCommon<T> = T extends unknown ? Omit<T, keyof typeof common> : never;
/** What a caller reports; the log adds the version, the id and the time. */
export type AuditEvent = WithoutCommon<AuditRecord>;

function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds a validated record; throws a ZodError when the event has a wrong or unknown field. */
export function createAuditRecord(event: AuditEvent, at: Date): AuditRecord {
  return auditRecordSchema.parse({ ...event, schemaVersion: AUDIT_SCHEMA_VERSION, id: newRecordId(), at: at.toISOString() });
}

/** Reads a stored log: keeps the valid records and counts the ones it had to drop. */
export function parseAuditLog(stored: unknown): { records: AuditRecord[]; dropped: number } {
  if (stored === undefined) return { records: [], dropped: 0 };
  if (!Array.isArray(stored)) return { records: [], dropped: 1 };
  const records = stored.flatMap((item) => {
    const parsed = auditRecordSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return { records, dropped: stored.length - records.length };
}
