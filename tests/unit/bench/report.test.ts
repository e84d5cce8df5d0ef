import { describe, expect, it } from 'vitest';
import { figure, formatMarkdown, formatTable, formatValue } from '../../../scripts/bench/report.mjs';

describe('figure status', () => {
  it.each([
    { value: 1.03, max: 1.03, status: 'ok' },
    { value: 1.031, max: 1.03, status: 'over' },
    { value: 0, max: 0, status: 'ok' },
    { value: 1, max: 0, status: 'over' },
    { value: Number.POSITIVE_INFINITY, max: 16, status: 'over' },
    { value: 12, max: undefined, status: 'info' },
    { value: null, max: 16, status: 'not measured' },
  ])('$value against $max is $status', ({ value, max, status }) => {
    expect(figure({ group: 'g', name: 'n', value, unit: 'ms', max }).status).toBe(status);
  });
});

describe('formatting', () => {
  it.each([
    { value: 1.0234, unit: 'ratio', text: '1.023×' },
    { value: 12.34, unit: 'ms', text: '12.3 ms' },
    { value: Number.POSITIVE_INFINITY, unit: 'ms', text: 'never' },
    { value: 40 * 1024, unit: 'kB', text: '40.0 kB' },
    { value: 3, unit: 'count', text: '3' },
    { value: null, unit: 'count', text: '—' },
  ] as const)('$value $unit reads $text', ({ value, unit, text }) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('prints each figure beside its budget, in text and in Markdown', () => {
    const rows = [
      figure({ group: 'reaction', name: 'panel → <ocg-x> | p95', value: 17, unit: 'ms', max: 16, detail: '50 openings' }),
      figure({ group: 'package', name: 'frames dropped', value: null, unit: 'count', detail: 'not measured yet' }),
    ];
    const text = formatTable(rows).split('\n');
    expect(text[0]).toMatch(/^group\s+figure\s+value\s+budget\s+status\s+detail$/);
    expect(text[2]).toMatch(/^reaction\s+panel → <ocg-x> \| p95\s+17\.0 ms\s+≤ 16\.0 ms\s+over\s+50 openings$/);
    expect(text[3]).toMatch(/^package\s+frames dropped\s+—\s+not measured\s+not measured yet$/);
    expect(formatMarkdown(rows).split('\n')[2]).toBe('| reaction | panel → &lt;ocg-x> \\| p95 | 17.0 ms | ≤ 16.0 ms | over | 50 openings |');
  });
});
