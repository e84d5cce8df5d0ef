import { createRequire } from 'node:module';
import type { Frame } from 'puppeteer-core';

// Accessibility checks with axe-core, run inside a frame of the page (it looks into open shadow
// roots, so `ocg-*` hosts are checked with their UI).

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2 A/AA and best-practice violations inside the elements matching `selector`, as "rule: help :: targets". */
export async function axeViolations(frame: Frame, selector: string): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE_SOURCE });
  return frame.evaluate(async (include) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ include: [[include]] }, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.help} :: ${v.nodes.map((node) => JSON.stringify(node.target)).join(' | ')}`);
  }, selector);
}
