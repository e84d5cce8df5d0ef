import type { Finding } from '../../findings/finding';
import { atPair, ruleFinding, SCOPE_RULES } from '../finding-rules';
import { hasInvisible, removeInvisible } from '../normalise';
import { cleanValue, type PairView } from '../pair-view';

// Checks of one pair's own values: present, well formed, free of invisible characters and of
// placeholders left from a template.

const FIELD_NAME = { audience: 'audience', scope: 'scope' } as const;

function blankPair(view: PairView, pairCount: number): Finding {
  const n = view.index + 1;
  if (pairCount === 1) {
    return ruleFinding(SCOPE_RULES.emptyValue, atPair(view.index, 'pair'), 'Add an audience and a scope',
      'A credential needs at least one audience-scope pair: pick a preset or fill in the row.');
  }
  return ruleFinding(SCOPE_RULES.emptyValue, atPair(view.index, 'pair'), `Pair ${n} is empty`,
    'Fill in an audience and a scope, or remove this row.', { fix: { kind: 'remove-pair', index: view.index, label: `Remove pair ${n}` } });
}

function invisibleCharacters(view: PairView, field: 'audience' | 'scope'): Finding | undefined {
  const typed = view.typed[field];
  if (!hasInvisible(typed)) return undefined;
  const cleaned = cleanValue(field, typed);
  const n = view.index + 1;
  const label = cleaned === removeInvisible(typed) ? 'Remove the hidden characters' : 'Write the spaces as %20';
  const fix = cleaned === ''
    ? undefined
    : field === 'audience'
      ? { kind: 'set-audience' as const, index: view.index, audience: cleaned, label }
      : { kind: 'set-scope' as const, index: view.index, scope: cleaned, label };
  return ruleFinding(SCOPE_RULES.invisibleCharacters, atPair(view.index, field), `Pair ${n}: the ${FIELD_NAME[field]} contains a space or hidden character`,
    `Oracle would take it as part of the ${FIELD_NAME[field]}, which then names nothing. It often comes from copying out of a document or chat.`, { fix });
}

function audienceFindings(view: PairView): Finding[] {
  const n = view.index + 1;
  const at = atPair(view.index, 'audience');
  const { form } = view;
  switch (form.kind) {
    case 'empty':
      return view.scope === '' ? [] : [ruleFinding(SCOPE_RULES.emptyValue, at, `Pair ${n} has no audience`,
        "Enter the service's address, e.g. an Oracle Integration instance URL https://<instance>.integration.ocp.oraclecloud.com:443.")];
    case 'unfilled':
      return [ruleFinding(SCOPE_RULES.unfilledPlaceholder, at,
        form.missing === 'placeholder' ? `Pair ${n}: the audience still holds a placeholder` : `Pair ${n}: the audience's ${form.missing} is not filled in`,
        `"${view.audience}" looks copied from a template or a document. Put in the real ${form.missing === 'placeholder' ? 'values' : form.missing}, e.g. from the instance's details page.`)];
    case 'invalid':
      return [ruleFinding(SCOPE_RULES.audienceForm, at, `Pair ${n}: the audience ${form.reason}`,
        'An audience is the https:// address of the service, e.g. https://<instance>.integration.ocp.oraclecloud.com:443, or urn:opc:resource:scope:account.',
        { fix: form.fixed === undefined ? undefined : { kind: 'set-audience', index: view.index, audience: form.fixed, label: `Use ${form.fixed}` } })];
    default:
      return [];
  }
}

function scopeFindings(view: PairView): Finding[] {
  const n = view.index + 1;
  if (view.scope === '') {
    return view.audience === '' ? [] : [ruleFinding(SCOPE_RULES.emptyValue, atPair(view.index, 'scope'), `Pair ${n} has no scope`,
      'Choose the narrowest scope the client needs for this audience.')];
  }
  if (view.scopeUnfilled) {
    return [ruleFinding(SCOPE_RULES.unfilledPlaceholder, atPair(view.index, 'scope'), `Pair ${n}: the scope still holds a placeholder`,
      `"${view.scope}" looks copied from a template or a document: put in the real value, e.g. the role's name.`)];
  }
  return [];
}

export function valueFindings(view: PairView, pairCount: number): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['audience', 'scope'] as const) {
    const found = invisibleCharacters(view, field);
    if (found) findings.push(found);
  }
  if (view.blank) return [...findings, blankPair(view, pairCount)];
  return [...findings, ...audienceFindings(view), ...scopeFindings(view)];
}

export function emptyDraftFinding(): Finding {
  return ruleFinding(SCOPE_RULES.emptyValue, { kind: 'draft' }, 'Add an audience-scope pair',
    'A credential needs at least one audience-scope pair: pick a preset or fill in a row.');
}
