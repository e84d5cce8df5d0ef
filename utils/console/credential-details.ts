import type { ScopePair } from '../findings/finding';
import { closestWhere, namedButtons, pick, queryAll, type DomRoot } from './dom';
import { readCredentialOcid } from './ocid-label';
import { CONSOLE_UI } from './selectors';
import { findTableWithColumns } from './table';
import { displayText, textOf } from './text';

// A credential's details page: its name as the page heading, the buttons Edit description,
// Regenerate secret and Delete (two of the three identify the page, so one renamed button does not
// hide it), the OCID, and the Scopes table (Audience, Scopes).

export interface CredentialDetails {
  element: Element;
  name: string;
  /** Absent until the page shows the complete OCID (in the meta label's title or after Show). */
  ocid?: string;
  pairs: ScopePair[];
}

const { css } = CONSOLE_UI;
const PAGE_BUTTONS = [CONSOLE_UI.details.editDescriptionButton, CONSOLE_UI.details.regenerateSecretButton, CONSOLE_UI.details.deleteButton];
const SCOPE_COLUMNS = [CONSOLE_UI.details.audienceColumn, CONSOLE_UI.details.scopesColumn];

export function findCredentialDetails(root: DomRoot): CredentialDetails | null {
  const named = namedButtons(root);
  const buttons = PAGE_BUTTONS.map((entry) => pick(named, entry)).filter((el) => el !== null);
  const [anchor] = buttons;
  if (!anchor || buttons.length < 2) return null;
  const heading = (el: Element) => queryAll(el, 'h1, [role="heading"][aria-level="1"]')[0];
  const element = closestWhere(anchor, (el) => heading(el) !== undefined);
  const title = element && heading(element);
  const name = title ? displayText(textOf(title)) : '';
  if (!element || !name) return null;
  const scopes = findTableWithColumns(queryAll(root, css.table), SCOPE_COLUMNS);
  const pairs = scopes
    ? scopes.read.rows().flatMap(({ cells }) => {
        const [audience, scope] = SCOPE_COLUMNS.map((entry) => cells[scopes.read.column(entry)]);
        return audience && scope ? [{ audience: displayText(textOf(audience)), scope: displayText(textOf(scope)) }] : [];
      })
    : [];
  const ocid = readCredentialOcid(root);
  return { element, name, ...(ocid ? { ocid } : {}), pairs };
}
