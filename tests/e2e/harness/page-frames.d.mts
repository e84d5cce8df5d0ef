import type { Frame, Page } from 'puppeteer-core';

/** The frame that runs the service page: the sandbox iframe if there is one, else the main frame. */
export declare function serviceFrame(page: Page): Promise<Frame>;

/** Every `ocg-*` element in all frames, with its data-* values (dataset keys, camelCase). */
export declare function ocgElements(page: Page): Promise<{ tag: string; data: Record<string, string> }[]>;

/** How many `ocg-*` elements there are, in all frames. */
export declare function countOcg(page: Page): Promise<number>;
