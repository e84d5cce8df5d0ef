import { closestWhere, findButton, findHeading, queryAll, type DomRoot } from './dom';
import { readCredentialOcid } from './ocid-label';
import { CONSOLE_UI } from './selectors';
import { findTableWithColumns } from './table';
import { displayText, textOf } from './text';

// The user's list of OAuth 2.0 client credentials: a heading, the "Generate …" button and a table
// (Name, OCID, …). Any of heading or button identifies it; the table may be missing while it loads
// or when the user has no credential yet.

export interface CredentialsList {
  /** The section holding the heading, the button and the table. */
  element: Element;
  heading: HTMLElement | null;
  generateButton: HTMLElement | null;
  table: Element | null;
}

export interface CredentialRow {
  name: string;
  /** Absent when the row shows only a truncated OCID. */
  ocid?: string;
}

const COLUMNS = [CONSOLE_UI.list.nameColumn, CONSOLE_UI.list.ocidColumn];

export function findCredentialsList(root: DomRoot): CredentialsList | null {
  const heading = findHeading(root, CONSOLE_UI.list.heading);
  const generateButton = findButton(root, CONSOLE_UI.list.generateButton);
  const anchor = generateButton ?? heading;
  if (!anchor) return null;
  const tables = queryAll<Element>(root, CONSOLE_UI.css.table).filter((el) => findTableWithColumns([el], COLUMNS));
  const section =
    closestWhere(anchor, (el) => tables.some((table) => el.contains(table))) ??
    (heading && generateButton ? closestWhere(anchor, (el) => el.contains(heading)) : anchor.parentElement) ??
    anchor;
  const table = tables.find((el) => section.contains(el)) ?? null;
  return { element: section, heading, generateButton, table };
}

/** The credentials the list shows, by their Name and OCID columns. */
export function readCredentialRows(list: CredentialsList): CredentialRow[] {
  const found = list.table && findTableWithColumns([list.table], COLUMNS);
  if (!found) return [];
  const nameAt = found.read.column(CONSOLE_UI.list.nameColumn);
  const ocidAt = found.read.column(CONSOLE_UI.list.ocidColumn);
  return found.read.rows().flatMap(({ element, cells }) => {
    const nameCell = cells[nameAt];
    const name = nameCell ? displayText(textOf(nameCell)) : '';
    if (!name) return [];
    const ocid = readCredentialOcid(cells[ocidAt] ?? element);
    return [ocid ? { name, ocid } : { name }];
  });
}
