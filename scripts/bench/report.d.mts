export type FigureUnit = 'ratio' | 'ms' | 'kB' | 'count';
export type FigureStatus = 'ok' | 'over' | 'info' | 'not measured';

export interface Figure {
  group: string;
  name: string;
  /** null: not measured (said so, never invented). */
  value: number | null;
  unit: FigureUnit;
  /** The budget, inclusive, in the figure's unit; null when it has none. */
  max: number | null;
  status: FigureStatus;
  detail: string;
}

export declare function figure(input: { group: string; name: string; value: number | null; unit: FigureUnit; max?: number; detail?: string }): Figure;
export declare function formatValue(value: number | null, unit: FigureUnit): string;
export declare function formatTable(rows: readonly Figure[]): string;
export declare function formatMarkdown(rows: readonly Figure[]): string;
export declare function writeResults(path: string, results: unknown): Promise<void>;
