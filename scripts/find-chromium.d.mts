/** Fixed locations tried after PUPPETEER_EXECUTABLE_PATH and CHROME_PATH, in order. */
export declare const CHROMIUM_LOCATIONS: readonly string[];

/** The first executable among the environment's choice and CHROMIUM_LOCATIONS, or undefined. */
export declare function findChromium(environment?: Record<string, string | undefined>): string | undefined;
