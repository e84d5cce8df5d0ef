type Environment = Record<string, string | undefined>;

/** Fixed locations tried after FIREFOX_PATH, in order. */
export declare const FIREFOX_LOCATIONS: readonly string[];

/** The first executable among FIREFOX_PATH and the fixed locations, or undefined. */
export declare function findFirefox(environment?: Environment, locations?: readonly string[]): string | undefined;

/** What `npm test` says when findFirefox found nothing: where it looked and how to get one. */
export declare function missingFirefoxMessage(environment?: Environment, locations?: readonly string[]): string;
