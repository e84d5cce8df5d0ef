import { join } from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { build } from 'vite';
import { REPO_ROOT } from '../../tests/e2e/harness/paths.mjs';
import { median } from './stats.mjs';

// Package creation time: the project's own `encryptPackage` (utils/handoff/age.ts), bundled by Vite
// for the browser here and run in an extension page of the installed build (popup.html), so it uses
// Chromium's engine and WebCrypto as the handoff page does: the work itself, without the page. The
// handoff page runs the same in a Worker; handoff-page.mjs times it there, click to package shown.

const LIBRARY = join(REPO_ROOT, 'utils/handoff/age.ts');
const GLOBAL_NAME = '__benchHandoffAge';
// About the size of a handoff package (secret, OCID, scopes, token kit); scrypt's cost does not depend on it.
const PLAINTEXT = JSON.stringify({ kind: 'oci-credential-handoff', padding: 'x'.repeat(1500) });

async function bundleLibrary() {
  const built = await build({
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: LIBRARY, formats: ['iife'], name: GLOBAL_NAME } },
  });
  const chunk = [built].flat().flatMap((result) => result.output ?? []).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`Vite produced no script for ${LIBRARY}.`);
  return chunk.code;
}

/** Median ms of `encryptPackage` to a passphrase (age's default scrypt work factor) and to one X25519 recipient. */
export async function measurePackageCreation(bench, { passphraseRuns, recipientRuns }) {
  const library = await bundleLibrary();
  const recipient = await identityToRecipient(await generateX25519Identity());
  const page = await bench.browser.newPage();
  try {
    await page.goto(`${bench.extensionOrigin}popup.html`, { waitUntil: 'load' });
    // DevTools evaluation, so the extension page's CSP (no inline or eval'd script) does not apply.
    await page.evaluate(library);
    const time = (to) =>
      page.evaluate(
        async (name, plaintext, encryptTo) => {
          const started = performance.now();
          await globalThis[name].encryptPackage(plaintext, encryptTo);
          return performance.now() - started;
        },
        GLOBAL_NAME,
        PLAINTEXT,
        to,
      );
    const workFactor = await page.evaluate((name) => globalThis[name].DEFAULT_SCRYPT_WORK_FACTOR, GLOBAL_NAME);
    const passphrase = [];
    for (let run = 0; run < passphraseRuns; run += 1) passphrase.push(await time({ passphrase: 'correct horse battery staple' }));
    const x25519 = [];
    for (let run = 0; run < recipientRuns; run += 1) x25519.push(await time({ recipients: [recipient] }));
    return { workFactor, passphrase, x25519, passphraseMedian: median(passphrase), x25519Median: median(x25519) };
  } finally {
    await page.close();
  }
}
