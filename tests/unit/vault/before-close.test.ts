import { describe, expect, it } from 'vitest';
import {
  CLOSE_BLOCKED,
  CLOSE_WARNING,
  SECRET_LOST,
  decideClose,
  decideDialogGone,
  type BeforeCloseRule,
  type CloseDecision,
  type GoneDecision,
} from '@/utils/vault/before-close';

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

describe('decideDialogGone', () => {
  it.each<[BeforeCloseRule, boolean, boolean, GoneDecision]>([
    ['off', false, false, { lost: false }],
    ['off', false, true, { lost: false }],
    ['warn', true, false, { lost: false }],
    ['warn', false, true, { lost: false }],
    ['warn', false, false, { lost: true, audit: false, message: SECRET_LOST }],
    ['block', true, false, { lost: false }],
    ['block', true, true, { lost: false }],
    ['block', false, false, { lost: true, audit: true, message: SECRET_LOST }],
    ['block', false, true, { lost: false }],
  ])('%s, captured %s, last close let through %s', (rule, captured, closeAllowed, decision) => {
    expect(decideDialogGone(rule, { captured, closeAllowed })).toEqual(decision);
  });
});
