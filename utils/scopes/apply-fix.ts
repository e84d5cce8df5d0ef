import type { CredentialDraft, FindingFix } from '../findings/finding';

// A finding's fix as an edit of the draft; the assistant then writes the edited draft into the
// Console's form (utils/console/fill.ts), which keeps one way of changing the form for presets,
// fixes and undo alike.

export function applyFix(draft: CredentialDraft, fix: FindingFix): CredentialDraft {
  const pair = draft.pairs[fix.index];
  if (!pair) throw new Error(`Scope row ${fix.index + 1} is no longer in the form, so "${fix.label}" cannot be applied.`);
  const pairs = [...draft.pairs];
  switch (fix.kind) {
    case 'set-scope':
      pairs[fix.index] = { ...pair, scope: fix.scope };
      break;
    case 'set-audience':
      pairs[fix.index] = { ...pair, audience: fix.audience };
      break;
    case 'remove-pair':
      pairs.splice(fix.index, 1);
      break;
  }
  return { ...draft, pairs };
}
