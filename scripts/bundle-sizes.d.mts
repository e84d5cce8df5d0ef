export interface BuiltFileSize {
  /** Path inside the build, e.g. `content-scripts/console.js`. */
  file: string;
  /** As built (minified). */
  bytes: number;
  gzip: number;
}

/** The content script's budget, minified bytes. */
export declare const IN_PAGE_BUDGET_BYTES: number;

/** Each .js, .html and .css file of the build (default .output/chrome-mv3), by path; throws when there is no build. */
export declare function measureBuild(outDir?: string): BuiltFileSize[];

/** Minified bytes of all content script files. */
export declare function inPageBytes(rows: BuiltFileSize[]): number;

export declare function formatKb(bytes: number): string;
