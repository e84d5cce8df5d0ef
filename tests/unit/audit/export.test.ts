import { describe, expect, it } from 'vitest';
import { auditToCsv, auditToJson, csvCell } from '@/utils/audit/export';
import { createAuditRecord, type AuditEvent } from '@/utils/audit/record';
import { GENERATED, ITEM_ID } from './fixtures';

const NOW = new Date('2026-03-01T10:00:00.000Z');

/** A minimal RFC 4180 reader, to prove the writer's output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i += 1;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['ocid1.credential.oc1..aaaa', 'ocid1.credential.oc1..aaaa'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('auditToCsv', () => {
  it('writes a header and one CRLF row per record, which parse back to the same cells', () => {
    const hostile: AuditEvent = {
      ...GENERATED,
      credentialName: '=cmd|" /C calc"!A0',
      targetUser: 'Doe, Jane "JD"',
    };
    const records = [
      createAuditRecord(hostile, NOW),
      createAuditRecord({ kind: 'handoff-delivered', itemId: ITEM_ID, channel: 'email' }, NOW),
    ];
    const csv = auditToCsv(records);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows as [string[], string[], string[]];
    expect(header).toEqual([
      'at', 'kind', 'realm', 'region', 'identityDomain', 'targetUser', 'credentialName', 'ocid',
      'pairs', 'findings', 'exemptions', 'channel', 'itemId', 'id', 'schemaVersion',
    ]);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(cell(first, 'credentialName')).toBe(`'=cmd|" /C calc"!A0`);
    expect(cell(first, 'targetUser')).toBe('Doe, Jane "JD"');
    expect(cell(first, 'pairs')).toBe('https://abc.integration.ocp.oraclegovcloud.com:443/ic/api/');
    expect(cell(first, 'findings')).toBe('OCG-POLICY-004 warning: A description is required by your organisation');
    expect(cell(first, 'exemptions')).toBe('OCG-POLICY-004 (policy, OCG-POLICY-004): Ticket SEC-42');
    expect(cell(first, 'schemaVersion')).toBe('1');
    expect(cell(second, 'kind')).toBe('handoff-delivered');
    expect(cell(second, 'channel')).toBe('email');
    expect(cell(second, 'pairs')).toBe('');
  });

  it('writes only the header for an empty log', () => {
    expect(auditToCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('auditToJson', () => {
  it('wraps the records with a format marker and the schema version', () => {
    const record = createAuditRecord(GENERATED, NOW);
    expect(JSON.parse(auditToJson([record]))).toEqual({ format: 'oci-credential-guard-audit', schemaVersion: 1, records: [record] });
  });
});
