import { CONSOLE_UI, type TextForms } from './selectors';
import { matchesForm, textOf } from './text';

// Console tables are `<table>` or ARIA tables (div rows); columns are found by their header text,
// never by position, so a new or reordered column does not shift what is read.

export interface TableRead {
  /** Index of the first column whose header matches `entry`, or -1. */
  column(entry: TextForms): number;
  /** Body rows: each row element with its cells in column order (read on demand: tables can be long). */
  rows(): { element: Element; cells: Element[] }[];
}

function cellsOf(row: Element): Element[] {
  const { row: rowSelector, cell } = CONSOLE_UI.css;
  return Array.from(row.querySelectorAll(cell)).filter((el) => el.parentElement?.closest(rowSelector) === row);
}

export function readTable(table: Element): TableRead {
  const { row: rowSelector, columnHeader, table: tableSelector } = CONSOLE_UI.css;
  // This table's own parts, not those of a table nested in one of its cells.
  const own = (el: Element) => el.parentElement?.closest(tableSelector) === table;
  const headerCells = Array.from(table.querySelectorAll(columnHeader)).filter(own);
  const headerRow = headerCells[0]?.closest(rowSelector);
  const headers = headerCells.filter((cell) => cell.closest(rowSelector) === headerRow).map((cell) => textOf(cell));
  return {
    column: (entry) => headers.findIndex((header) => matchesForm(header, entry)),
    rows: () =>
      Array.from(table.querySelectorAll(rowSelector))
        .filter((row) => row !== headerRow && own(row))
        .map((element) => ({ element, cells: cellsOf(element) }))
        .filter((row) => row.cells.length > 0),
  };
}

/** The first table under `root` that has a column for every entry. */
export function findTableWithColumns(tables: Element[], entries: TextForms[]): { element: Element; read: TableRead } | null {
  for (const element of tables) {
    const read = readTable(element);
    if (entries.every((entry) => read.column(entry) >= 0)) return { element, read };
  }
  return null;
}
