import { describe, expect, it } from 'vitest';
import { CLOSE_BLOCKED, CLOSE_WARNING, decideClose, type BeforeCloseRule, type CloseDecision } from '@/utils/vault/before-close';

describe('decideClose', () => {
  it.each<[BeforeCloseRule, boolean, boolean, CloseDecision]>([
    ['off', false, false, { allow: true }],
    ['off', false, true, { allow: true }],
    ['warn', false, false, { allow: false, warned: true, message: CLOSE_WARNING }],
    ['warn', false, true, { allow: true }],
    ['warn', true, false, { allow: true }],
    ['block', false, false, { allow: false, warned: false, message: CLOSE_BLOCKED }],
    ['block', false, true, { allow: false, warned: true, message: CLOSE_BLOCKED }],
    ['block', true, false, { allow: true }],
  ])('%s, captured %s, warned before %s', (rule, captured, warned, decision) => {
    expect(decideClose(rule, { captured, warned })).toEqual(decision);
  });
});
