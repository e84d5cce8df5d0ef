import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS } from '@/utils/audit/record';
import { MAX_AUDIT_RECORDS } from '@/utils/audit/retention';
import { DEFAULT_POLICY, FAIL_CLOSED_DENIED_SCOPES } from '@/utils/policy/defaults';
import { POLICY_FINDING_IDS } from '@/utils/policy/evaluate';
import { auditSettingsSchema, policySchema, vaultSettingsSchema } from '@/utils/policy/schema';
import { validateLocalPolicy } from '@/utils/policy/validate';

// docs/policy.md is what a security team deploys from: it must name everything the code knows.
const docs = readFileSync('docs/policy.md', 'utf8');

describe('docs/policy.md', () => {
  it.each(Object.keys(policySchema.shape))('documents the field %s', (field) => {
    expect(docs).toContain(`| \`${field}\` |`);
  });

  it.each([
    ...Object.keys(vaultSettingsSchema.shape).map((k) => `vault.${k}`),
    ...Object.keys(auditSettingsSchema.shape).map((k) => `audit.${k}`),
  ])('documents the sub-field %s', (field) => {
    expect(docs).toContain(`| \`${field}\` |`);
  });

  it.each(Object.values(POLICY_FINDING_IDS))('documents the finding %s', (id) => {
    expect(docs).toContain(`| \`${id}\` |`);
  });

  it.each(AUDIT_KINDS)('documents the audit record kind %s', (kind) => {
    expect(docs).toContain(`| \`${kind}\` |`);
  });

  const examples = Array.from(docs.slice(0, docs.indexOf('## Sources and precedence')).matchAll(/```json\n([\s\S]*?)```/g), (m) => m[1]!);
  it('has policy examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));
  it.each(examples.map((text, index) => [index + 1, text]))('example %i is a valid policy', (_index, text) => {
    expect(validateLocalPolicy(text)).toMatchObject({ ok: true });
  });

  it.each(FAIL_CLOSED_DENIED_SCOPES)('names the fail-closed scope %s', (scope) => {
    expect(docs).toContain(scope);
  });

  it.each([
    ['vault.itemTtlHours', DEFAULT_POLICY.vault.itemTtlHours],
    ['vault.minPassphraseBits', DEFAULT_POLICY.vault.minPassphraseBits],
    ['audit.retentionDays', DEFAULT_POLICY.audit.retentionDays],
    ['maxPairsPerCredential', DEFAULT_POLICY.maxPairsPerCredential],
    ['enforcement', `"${DEFAULT_POLICY.enforcement}"`],
    ['vault.captureBeforeClose', `"${DEFAULT_POLICY.vault.captureBeforeClose}"`],
  ])('states the default of %s', (field, value) => {
    expect(docs).toMatch(new RegExp(`\\| \`${field.replace('.', '\\.')}\` \\| \`${String(value).replace(/"/g, '"')}\``));
  });

  it('states the audit log\'s size cap', () => {
    expect(docs).toContain(`keeps at most ${MAX_AUDIT_RECORDS.toLocaleString('en-US')} records`);
  });

  it.each(['/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', 'com.google.Chrome.extensions.',
    'HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\', '"Value"', 'policies.json', '3rdparty', 'Extensions'])(
    'explains deployment with %s', (text) => {
      expect(docs).toContain(text);
    },
  );
});
