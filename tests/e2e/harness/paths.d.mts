/** The repository's root folder (absolute, with a trailing slash). */
export declare const REPO_ROOT: string;
/** The unpacked Chromium build that `npx wxt build` writes. */
export declare const EXTENSION_DIR: string;
/** The unpacked Firefox build that `npx wxt build -b firefox` (part of `npm run build`) writes. */
export declare const FIREFOX_EXTENSION_DIR: string;
