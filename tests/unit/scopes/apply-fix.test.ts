import { describe, expect, it } from 'vitest';
import type { CredentialDraft, FindingFix } from '@/utils/findings/finding';
import { applyFix } from '@/utils/scopes/apply-fix';

const OIC = 'https://orders.integration.ocp.oraclecloud.com:443';
const OAC = 'https://sales.analytics.ocp.oraclecloud.com';
const draft: CredentialDraft = {
  name: 'orders-sync',
  description: 'Orders',
  pairs: [
    { audience: OIC, scope: 'urn:opc:resource:consumer::all' },
    { audience: 'https://sales .analytics.ocp.oraclecloud.com', scope: 'urn:opc:resource:consumer:paas:analytics::read' },
    { audience: OIC, scope: 'urn:opc:resource:consumer::all' },
  ],
};

describe('applyFix', () => {
  it.each<[string, FindingFix, CredentialDraft['pairs']]>([
    ['set-scope changes only that pair', { kind: 'set-scope', index: 0, scope: '/ic/api/', label: 'Use /ic/api/' },
      [{ audience: OIC, scope: '/ic/api/' }, draft.pairs[1]!, draft.pairs[2]!]],
    ['set-audience changes only that pair', { kind: 'set-audience', index: 1, audience: OAC, label: 'Remove the space' },
      [draft.pairs[0]!, { audience: OAC, scope: 'urn:opc:resource:consumer:paas:analytics::read' }, draft.pairs[2]!]],
    ['remove-pair drops the pair and keeps the order of the others', { kind: 'remove-pair', index: 0, label: 'Remove the repeat' },
      [draft.pairs[1]!, draft.pairs[2]!]],
  ])('%s', (_label, fix, pairs) => {
    expect(applyFix(draft, fix)).toEqual({ name: draft.name, description: draft.description, pairs });
  });

  it('leaves the draft it was given untouched', () => {
    const before = structuredClone(draft);
    applyFix(draft, { kind: 'remove-pair', index: 2, label: 'Remove' });
    expect(draft).toEqual(before);
  });

  it('refuses a fix for a row that is no longer there, saying which', () => {
    expect(() => applyFix(draft, { kind: 'set-scope', index: 3, scope: '/ic/api/', label: 'Use /ic/api/' })).toThrow(
      'Scope row 4 is no longer in the form, so "Use /ic/api/" cannot be applied.',
    );
  });
});
