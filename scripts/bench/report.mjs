import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// The bench's output: one row per figure, printed as a table beside its budget and written as JSON.
// A row's status: `ok` or `over` (against its budget), `info` (no budget), `not measured` (said so
// rather than invented).

const FORMATS = {
  ratio: (value) => `${value.toFixed(3)}×`,
  ms: (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'never'),
  kB: (value) => `${(value / 1024).toFixed(1)} kB`,
  count: (value) => String(value),
};

/** A figure; `max` (inclusive, in the figure's unit) makes it a budgeted one. `value: null`: not measured. */
export function figure({ group, name, value, unit, max, detail = '' }) {
  const status = value === null ? 'not measured' : max === undefined ? 'info' : value <= max ? 'ok' : 'over';
  return { group, name, value, unit, max: max ?? null, status, detail };
}

export function formatValue(value, unit) {
  return value === null ? '—' : FORMATS[unit](value);
}

/** The rows as a plain-text table: group, figure, value, budget, status, detail. */
export function formatTable(rows) {
  const cells = rows.map((row) => [
    row.group,
    row.name,
    formatValue(row.value, row.unit),
    row.max === null ? '' : `≤ ${formatValue(row.max, row.unit)}`,
    row.status,
    row.detail,
  ]);
  const header = ['group', 'figure', 'value', 'budget', 'status', 'detail'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const line = (values) => values.map((value, column) => (column === values.length - 1 ? value : value.padEnd(widths[column]))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** The rows as a Markdown table (docs/performance.md). */
export function formatMarkdown(rows) {
  const escape = (text) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');
  return [
    '| group | figure | value | budget | status | detail |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) =>
      `| ${[row.group, row.name, formatValue(row.value, row.unit), row.max === null ? '' : `≤ ${formatValue(row.max, row.unit)}`, row.status, row.detail]
        .map(escape)
        .join(' | ')} |`,
    ),
  ].join('\n');
}

export async function writeResults(path, results) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
