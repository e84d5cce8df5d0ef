import type { Page } from 'puppeteer-core';

/** Throws when `secret` can be read on `page`: in visible text, or in a field that does not mask it (all frames, open shadow roots). */
export declare function expectSecretHidden(page: Page, secret: string): Promise<void>;
