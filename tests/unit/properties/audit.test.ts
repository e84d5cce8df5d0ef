import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { auditToCsv, auditToJson } from '@/utils/audit/export';
import { filterAudit } from '@/utils/audit/filter';
import { AUDIT_KINDS, auditRecordSchema, createAuditRecord, parseAuditLog, type AuditEvent, type AuditRecord } from '@/utils/audit/record';
import { HANDOFF_CHANNELS } from '@/utils/vault/events';
import { credentialGeneratedEvent, credentialOcid, hexId, jsonish, marker, realmKey, thrownBy, trimmedText } from './arbitraries';

// The audit log is read back from storage and exported for other tools: parsing never throws and
// keeps exactly the valid records; a record never takes a field it does not know (a secret);
// exports come back exactly, and no CSV cell can start a spreadsheet formula.

const itemEvent: fc.Arbitrary<AuditEvent> = fc
  .record(
    {
      kind: fc.constantFrom('secret-captured', 'ocid-attached', 'item-opened', 'handoff-delivered', 'item-expired', 'item-purged', 'item-unopenable'),
      itemId: hexId,
      credentialName: trimmedText(60),
      ocid: credentialOcid(),
      realm: realmKey,
      channel: fc.constantFrom(...HANDOFF_CHANNELS),
    },
    { requiredKeys: ['kind', 'ocid', 'channel'] },
  )
  .map(({ kind, channel, ocid, ...rest }) => ({
    kind,
    ...rest,
    ...(kind === 'ocid-attached' || rest.credentialName === undefined ? { ocid } : {}),
    ...(kind === 'handoff-delivered' ? { channel } : {}),
  }) as AuditEvent);

const auditEvent = fc.oneof(credentialGeneratedEvent as fc.Arbitrary<AuditEvent>, itemEvent);
const moment = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const auditRecord = fc.tuple(auditEvent, moment).map(([event, at]) => createAuditRecord(event, at));

/** RFC 4180: rows end in CRLF, quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('audit records', () => {
  it('are built from any valid event, keeping every field it gave', () => {
    fc.assert(
      fc.property(auditEvent, moment, (event, at) => {
        const record = createAuditRecord(event, at);
        expect(auditRecordSchema.parse(record)).toEqual(record);
        expect(record).toMatchObject({ ...event, schemaVersion: 1, at: at.toISOString() });
        expect(record.id).toMatch(/^[0-9a-f]{32}$/);
      }),
      { numRuns: 120 },
    );
  });

  it('refuse a field they do not know with a ZodError that does not quote its value', () => {
    const field = fc.constantFrom('secret', 'password', 'sealed', 'token', 'plaintext');
    fc.assert(
      fc.property(auditEvent, field, marker, moment, (event, key, value, at) => {
        const error = thrownBy(() => createAuditRecord({ ...event, [key]: value } as AuditEvent, at));
        expect(error).toBeInstanceOf(ZodError);
        expect((error as ZodError).message).not.toContain(value);
      }),
      { numRuns: 100 },
    );
  });

  it('are read back from storage whatever it holds: the valid ones kept in order, the rest counted', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(auditRecord, jsonish), { maxLength: 8 }), fc.oneof(fc.constant(undefined), jsonish), (stored, other) => {
        const { records, dropped } = parseAuditLog(stored);
        expect(records).toEqual(stored.filter((entry) => auditRecordSchema.safeParse(entry).success));
        expect(records.length + dropped).toBe(stored.length);
        const odd = parseAuditLog(other);
        expect(odd.records.length + odd.dropped).toBe(other === undefined ? 0 : Array.isArray(other) ? other.length : 1);
      }),
      { numRuns: 120 },
    );
  });
});

describe('audit exports', () => {
  const COLUMNS = 15;

  it('JSON comes back as the same records', () => {
    fc.assert(
      fc.property(fc.array(auditRecord, { maxLength: 6 }), (records) => {
        const exported = JSON.parse(auditToJson(records)) as { records: unknown };
        expect(parseAuditLog(exported.records)).toEqual({ records, dropped: 0 });
      }),
      { numRuns: 100 },
    );
  });

  it('CSV has one intact row per record, and no cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.array(auditRecord, { maxLength: 6 }), (records) => {
        const rows = parseCsv(auditToCsv(records));
        expect(rows).toHaveLength(records.length + 1);
        const [header, ...data] = rows as [string[], ...string[][]];
        expect(header).toHaveLength(COLUMNS);
        data.forEach((cells, index) => {
          const record = records[index]!;
          expect(cells).toHaveLength(COLUMNS);
          for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const name = record.credentialName ?? '';
          const shown = cells[header.indexOf('credentialName')];
          expect(shown === name || (shown === `'${name}` && /^[=+\-@\t\r]/.test(name))).toBe(true);
          expect(cells[header.indexOf('id')]).toBe(record.id);
          expect(cells[header.indexOf('kind')]).toBe(record.kind);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('filterAudit', () => {
  const filter = fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...AUDIT_KINDS), fc.subarray([...AUDIT_KINDS])),
      realm: fc.oneof(realmKey, fc.string({ maxLength: 4 })),
      text: fc.string({ unit: 'binary', maxLength: 10 }),
      from: moment,
      to: moment,
    },
    { requiredKeys: [] },
  );

  it('never throws and keeps, in order, only records of the kinds, realm and time asked for', () => {
    fc.assert(
      fc.property(fc.array(auditRecord, { maxLength: 8 }), filter, (records, wanted) => {
        const kept = filterAudit(records, wanted);
        expect(records.filter((record) => kept.includes(record))).toEqual(kept);
        const kinds = wanted.kind === undefined ? undefined : ([] as string[]).concat(wanted.kind);
        for (const record of kept) {
          if (kinds) expect(kinds).toContain(record.kind);
          if (wanted.realm) expect(record.realm).toBe(wanted.realm.toLowerCase());
          if (wanted.from) expect(Date.parse(record.at)).toBeGreaterThanOrEqual(wanted.from.getTime());
          if (wanted.to) expect(Date.parse(record.at)).toBeLessThanOrEqual(wanted.to.getTime());
        }
      }),
      { numRuns: 120 },
    );
  });

  it('finds a record by any part of its credential name, in any case', () => {
    fc.assert(
      fc.property(fc.array(auditRecord, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), (records, which, start, length) => {
        const record: AuditRecord = records[which % records.length]!;
        const name = record.credentialName ?? record.kind;
        // By code points: a slice that splits a surrogate pair is nothing a user can type, and its
        // lone half need not survive lowercasing the whole name (e.g. U+1E900 → U+1E922).
        const chars = Array.from(name);
        const from = start % chars.length;
        const needle = chars.slice(from, from + 1 + (length % chars.length)).join('').toUpperCase();
        // Upper-casing is not always undone by lower-casing (ß → SS): such needles say nothing here.
        fc.pre(needle.trim() !== '' && name.toLowerCase().includes(needle.trim().toLowerCase()));
        expect(filterAudit(records, { text: needle })).toContain(record);
      }),
      { numRuns: 120 },
    );
  });
});
