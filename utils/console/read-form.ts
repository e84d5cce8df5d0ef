import type { CredentialDraft, ScopePair } from '../findings/finding';
import { splitFullyQualifiedScope } from '../scopes/fully-qualified';
import type { FormField } from './dom';
import type { GeneratePanel, PanelRow, PanelVariant } from './generate-panel';
import { CONSOLE_UI } from './selectors';
import { matchesForm } from './text';

// What the user is about to create, read from the Generate panel. Every row gives one pair, empty
// rows included, so pair i is row i: findings point at rows by that index (highlightRow).

function valueOf(field: FormField | null): string {
  if (!field) return '';
  // The resource-pair panel's Scope list starts on a "Select a scope" placeholder: no scope yet.
  if (field.localName === 'select') {
    const select = field as HTMLSelectElement;
    const chosen = select.options[select.selectedIndex];
    if (!chosen || matchesForm(chosen.text, CONSOLE_UI.panelFqs.scopePlaceholder)) return '';
  }
  return field.value.trim();
}

/**
 * A fully qualified scope is split at the audience's end. Text that cannot be split yet (half typed)
 * is kept whole, as the audience when it looks like one (https://…) and as the scope otherwise.
 */
function pairFromFullyQualified(text: string): ScopePair {
  if (!text) return { audience: '', scope: '' };
  return splitFullyQualifiedScope(text) ?? (/^https:\/\//i.test(text) ? { audience: text, scope: '' } : { audience: '', scope: text });
}

function pairOf(variant: PanelVariant, row: PanelRow): ScopePair {
  if (variant === 'fully-qualified') return pairFromFullyQualified(valueOf(row.fullyQualified));
  return { audience: valueOf(row.audience), scope: valueOf(row.scope) };
}

export function readDraft(panel: GeneratePanel): CredentialDraft {
  return {
    name: valueOf(panel.nameInput),
    description: valueOf(panel.descriptionInput),
    pairs: panel.rows.map((row) => pairOf(panel.variant, row)),
  };
}
