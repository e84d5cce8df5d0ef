import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { inColorSchemes } from './color-schemes';

// Accessibility rules (axe-core) on a page, in light and dark colour schemes, in either browser. axe
// is evaluated by the driver (Chromium: the DevTools protocol; Firefox: WebDriver BiDi), which the
// extension pages' CSP does not restrict.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  axe?: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
}

/** `rule: element, …` for every violation, in both colour schemes; [] when the page passes. */
export function accessibilityViolations(page: Page): Promise<string[]> {
  return inColorSchemes(page, async () => {
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(async () => {
      const result = await (window as AxeWindow).axe!.run();
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
  });
}
