/** The repository's root folder (absolute, with a trailing slash). */
export declare const REPO_ROOT: string;
/** The unpacked Chromium build that `npx wxt build` writes. */
export declare const EXTENSION_DIR: string;
