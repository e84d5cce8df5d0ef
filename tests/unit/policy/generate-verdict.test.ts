import { describe, expect, it, vi } from 'vitest';
import { generateVerdict, type DraftChecker, type GenerateVerdict, type PolicyState } from '@/utils/policy/generate-verdict';
import { resolvePolicy } from '@/utils/policy/resolve';
import type { Enforcement } from '@/utils/policy/schema';

const known = (enforcement: Enforcement): PolicyState => ({ status: 'known', resolved: resolvePolicy({ local: { enforcement } }) });
const blockedByDraft: GenerateVerdict = { blocked: true, reasons: ['OCG-POLICY-002: Scope "x" is denied by your organisation'] };
const ready = (verdict: GenerateVerdict): DraftChecker => ({ status: 'ready', check: () => verdict });

describe('generateVerdict', () => {
  it.each<[string, PolicyState, DraftChecker, boolean, RegExp | null]>([
    ['policy not answered yet: held', { status: 'pending' }, ready({ blocked: false, reasons: [] }), true, /still being read/],
    ['policy request failed: held, with the reason', { status: 'failed', message: 'background gone' }, ready({ blocked: false, reasons: [] }), true,
      /could not be read \(background gone\)\. Reload the page/],
    ['warn: free whatever the draft', known('warn'), ready(blockedByDraft), false, null],
    ['off: free', known('off'), { status: 'failed', message: 'x' }, false, null],
    ['warn: free while the assistant loads', known('warn'), { status: 'loading' }, false, null],
    ['block, assistant loading: held', known('block'), { status: 'loading' }, true, /still being checked/],
    ['block, assistant failed: held, with the reason', known('block'), { status: 'failed', message: 'import failed' }, true,
      /could not load \(import failed\)/],
    ['block, draft clean: free', known('block'), ready({ blocked: false, reasons: [] }), false, null],
    ['block, draft blocked: its reasons', known('block'), ready(blockedByDraft), true, /OCG-POLICY-002/],
  ])('%s', (_label, policy, checker, blocked, reason) => {
    const verdict = generateVerdict(policy, checker);
    expect(verdict.blocked).toBe(blocked);
    if (reason) expect(verdict.reasons.join('\n')).toMatch(reason);
    else expect(verdict.reasons).toEqual([]);
  });

  it('asks the assistant only when "block" needs its answer', () => {
    const check = vi.fn(() => blockedByDraft);
    generateVerdict(known('warn'), { status: 'ready', check });
    generateVerdict({ status: 'pending' }, { status: 'ready', check });
    expect(check).not.toHaveBeenCalled();
    generateVerdict(known('block'), { status: 'ready', check });
    expect(check).toHaveBeenCalledOnce();
  });

  it('a fail-closed managed policy blocks like "block"', () => {
    const resolved = resolvePolicy({ managed: { enforcement: 'maybe' } });
    expect(resolved.failClosed).toBe(true);
    expect(generateVerdict({ status: 'known', resolved }, { status: 'loading' }).blocked).toBe(true);
  });
});
