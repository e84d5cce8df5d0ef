import type { Browser } from 'puppeteer-core';

/** The add-on id Firefox installs the build under (manifest browser_specific_settings.gecko.id). */
export declare function firefoxAddonId(): Promise<string>;

/** Firefox with its profile in `userDataDir`; `extension` prepares the build's UUID, `policies` is a policies.json text. */
export declare function startFirefox(userDataDir: string, options: { extension: boolean; policies?: string; headless?: boolean }): Promise<Browser>;

/** Installs the build as a temporary add-on; returns its moz-extension UUID as `extensionId`. */
export declare function installInFirefox(browser: Browser): Promise<{ extensionId: string }>;

/** The folder a Firefox started by startFirefox() saves downloads to. */
export declare function firefoxDownloadFolder(browser: Browser): string;
