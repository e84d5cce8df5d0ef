type Environment = Record<string, string | undefined>;

/** Fixed locations tried after PUPPETEER_EXECUTABLE_PATH and CHROME_PATH, in order. */
export declare const CHROMIUM_LOCATIONS: readonly string[];

/** The first executable among the environment's choice and the fixed locations, or undefined. */
export declare function findChromium(environment?: Environment, locations?: readonly string[]): string | undefined;

/** What `npm test` says when findChromium found nothing: where it looked and how to get one. */
export declare function missingChromiumMessage(environment?: Environment, locations?: readonly string[]): string;

/** The first candidate that is an executable file (unset and empty ones skipped). */
export declare function firstExecutable(candidates: readonly (string | undefined)[]): string | undefined;

/** One line for each of these environment variables that is set, saying it is not used. */
export declare function unusableChoices(environment: Environment, names: readonly string[]): string;
