// `npm run demo`: builds the extension (skip with --no-build), serves the replica Console at real
// Console URLs, launches Chromium with the extension (a window when there is a display, else
// headless; --headless forces it) and walks the flow of scripts/demo/steps.mjs, saving one numbered
// screenshot per step to .output/demo/ (or --out DIR) and printing their paths.
// `--docs` also writes the documentation's images (the steps marked `docs`) to docs/images/ (or
// --docs-dir DIR), at most 1000 px wide. No screenshot ever shows the credential's secret.
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { argv, env, exit, stderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/harness/launch-browser.mjs';
import { REPO_ROOT } from '../tests/e2e/harness/paths.mjs';
import { serveReplica } from '../tests/e2e/harness/replica-server.mjs';
import { photograph } from './demo/photograph.mjs';
import { expectSecretHidden } from './demo/secret-guard.mjs';
import { DEMO_STEPS } from './demo/steps.mjs';

const DOCS_MAX_WIDTH = 1000;

const { values: options } = parseArgs({
  args: argv.slice(2),
  options: {
    build: { type: 'boolean', default: true },
    headless: { type: 'boolean', default: !env.DISPLAY },
    out: { type: 'string', default: join(REPO_ROOT, '.output/demo') },
    docs: { type: 'boolean', default: false },
    'docs-dir': { type: 'string' },
  },
  allowNegative: true,
});
const docsDir = options['docs-dir'] ?? (options.docs ? join(REPO_ROOT, 'docs/images') : undefined);

if (options.build) {
  // The build's output goes to stderr: stdout lists only the screenshots.
  const built = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    stderr.write('The build failed: no demo.\n');
    exit(1);
  }
}

await rm(options.out, { recursive: true, force: true });
await mkdir(options.out, { recursive: true });
if (docsDir) await mkdir(docsDir, { recursive: true });
const launched = await launchBrowser({ headless: options.headless });
try {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await serveReplica(page);
  const demo = { browser: launched.browser, extensionId: launched.extensionId, page };
  for (const [index, step] of DEMO_STEPS.entries()) {
    const shot = await step.run(demo);
    if (demo.secret) await expectSecretHidden(shot.page, demo.secret);
    const file = join(options.out, `${String(index + 1).padStart(2, '0')}-${step.name}.png`);
    await photograph(shot, file);
    stdout.write(`${file}  ${step.caption}\n`);
    if (docsDir && step.docs) {
      const image = join(docsDir, `demo-${step.name}.png`);
      await photograph(shot, image, { maxWidth: DOCS_MAX_WIDTH });
      stdout.write(`${image}  ${step.caption}\n`);
    }
  }
} finally {
  await launched.close();
}
