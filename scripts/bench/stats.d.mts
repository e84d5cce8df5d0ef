export declare function median(values: readonly number[]): number;
/** Nearest-rank percentile (`p` in (0, 100]) of the samples; NaN when there are none. */
export declare function percentile(values: readonly number[], p: number): number;
/** median(with) / median(without). */
export declare function medianRatio(withExtension: readonly number[], withoutExtension: readonly number[]): number;
