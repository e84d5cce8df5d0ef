import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../utils/policy/deployment';
import { consoleIncludeGlobs, consoleMatchPatterns } from '../../utils/realm/console-hosts';
import { REPO_ROOT, openExtensionPage, useBrowser } from './harness';

// The built manifests are the extension's contract with the browser: what it may do and where. They
// are compared with explicit lists here, so that any new permission, host, page or key is a
// deliberate change to this file. The content script's hosts come from the realm table.

type Manifest = Record<string, unknown>;

const BUILDS = { chrome: join(REPO_ROOT, '.output', 'chrome-mv3'), firefox: join(REPO_ROOT, '.output', 'firefox-mv2') } as const;

function manifestOf(build: keyof typeof BUILDS): Manifest {
  return JSON.parse(readFileSync(join(BUILDS[build], 'manifest.json'), 'utf8')) as Manifest;
}

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

const sorted = (values: unknown) => [...(values as string[])].sort();

const CONTENT_SCRIPT = {
  all_frames: true,
  run_at: 'document_idle',
  js: ['content-scripts/console.js'],
};

/** Keys a manifest may have; a new one (host_permissions, externally_connectable, …) must be added here on purpose. */
const KEYS = {
  chrome: ['action', 'background', 'content_scripts', 'content_security_policy', 'description', 'manifest_version', 'name', 'options_ui', 'permissions', 'storage', 'version', 'web_accessible_resources'],
  firefox: ['background', 'browser_action', 'browser_specific_settings', 'content_scripts', 'content_security_policy', 'description', 'manifest_version', 'name', 'options_ui', 'permissions', 'version', 'web_accessible_resources'],
};

/**
 * The extension-page CSP, declared rather than left to the browser: stricter than Chrome MV3's default
 * ("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';") because nothing needs WebAssembly.
 */
/**
 * Firefox alone adds clipboardWrite: without it, its timer-driven write that empties a copied secret is
 * refused (no recent user action). Chromium empties it without any permission.
 */
const PERMISSIONS = { chrome: ['storage', 'alarms'], firefox: ['storage', 'alarms', 'clipboardWrite'] };

const STRICT_CSP = "script-src 'self'; object-src 'self'";
const CSP = { chrome: { extension_pages: STRICT_CSP }, firefox: STRICT_CSP };

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (build) => {
  const manifest = manifestOf(build);

  it('has exactly the expected keys and permissions, and no host permissions', () => {
    expect(Object.keys(manifest).sort()).toEqual(KEYS[build]);
    expect(manifest.permissions).toEqual(PERMISSIONS[build]);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('runs one content script, in every frame, on the realm table\'s Console hosts only', () => {
    const [script, ...others] = manifest.content_scripts as Manifest[];
    expect(others).toEqual([]);
    expect({ ...script, matches: sorted(script!.matches), include_globs: sorted(script!.include_globs) }).toEqual({
      ...CONTENT_SCRIPT,
      matches: sorted(consoleMatchPatterns()),
      include_globs: sorted(consoleIncludeGlobs()),
    });
  });

  it('exposes only the two lazily loaded in-page scripts (sealer, in-page UI) to web pages, and in Chrome only to Console pages', () => {
    expect(manifest.web_accessible_resources).toEqual(
      build === 'chrome'
        ? [{ resources: ['sealer.js', 'in-page-ui.js'], matches: consoleMatchPatterns(), use_dynamic_url: true }]
        : ['sealer.js', 'in-page-ui.js'],
    );
  });

  it('names no all-URLs pattern, no plain http, no localhost anywhere', () => {
    const text = stringsIn(manifest);
    for (const banned of [/<all_urls>/, /^\*:\/\//, /^https?:\/\/\*\//, /^http:/, /localhost/, /127\.0\.0\.1/, /\[::1\]/]) {
      expect(text.filter((value) => banned.test(value)), String(banned)).toEqual([]);
    }
  });

  it('declares the strict extension-page CSP exactly: own scripts only, no eval, no WebAssembly, no plugins', () => {
    expect(manifest.content_security_policy).toEqual(CSP[build]);
  });

  it('loads its pages\' scripts and styles from the extension itself', () => {
    const pages = readdirSync(BUILDS[build]).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join(BUILDS[build], page), 'utf8');
      const sources = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
      expect(sources.filter((source) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(source)), page).toEqual([]);
      // An inline script would need 'unsafe-inline', which the CSP refuses anyway.
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), page).toBeNull();
    }
  });
});

describe('the Firefox add-on id', () => {
  it('is the one the deployment templates write, and has not changed (deployed policies.json files name it)', () => {
    expect(FIREFOX_ADDON_ID).toBe('credential-guard@oci-credential-guard.dev');
    expect(manifestOf('firefox').browser_specific_settings).toEqual({ gecko: { id: FIREFOX_ADDON_ID, strict_min_version: '128.0' } });
    expect(manifestOf('chrome')).not.toHaveProperty('browser_specific_settings');
  });
});

describe('the extension-page CSP in Chromium', () => {
  const browser = useBrowser();

  it('refuses eval, new Function, WebAssembly and a remote script in an extension page and in the service worker', async () => {
    const { browser: chromium, extensionId, worker } = browser();
    const page = await openExtensionPage(chromium, extensionId!, 'popup.html');
    // DevTools' own evaluation may use eval; the attempts run later, from a timer, as page code would.
    const attempts = await page.evaluate(async () => {
      const outcome = (run: () => unknown) => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const later = <T,>(run: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(run()), 0));
      // The smallest WebAssembly module (magic number and version): Chrome's default CSP would compile it.
      const wasm = () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'ran', (error: Error) => error.name);
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
      });
      const script = document.createElement('script');
      script.src = 'https://cdn.example.com/code.js';
      document.head.append(script);
      return {
        // eslint-disable-next-line no-eval -- the point: the CSP must refuse it
        eval: await later(() => outcome(() => (0, eval)('1'))),
        // eslint-disable-next-line no-new-func -- the point: the CSP must refuse it
        newFunction: await later(() => outcome(() => new Function('return 1'))),
        wasm: await later(wasm),
        remoteScript: await violation,
      };
    });
    expect(attempts).toEqual({ eval: 'EvalError', newFunction: 'EvalError', wasm: 'CompileError', remoteScript: 'script-src-elem' });
    const inWorker = await worker!.evaluate(
      () =>
        new Promise<{ eval: string; wasm: string }>((resolve) =>
          setTimeout(() => {
            let evaluated = 'ran';
            try {
              // eslint-disable-next-line no-eval -- the point: the CSP must refuse it
              (0, eval)('1');
            } catch (error) {
              evaluated = (error as Error).name;
            }
            WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
              () => resolve({ eval: evaluated, wasm: 'ran' }),
              (error: Error) => resolve({ eval: evaluated, wasm: error.name }),
            );
          }, 0),
        ),
    );
    expect(inWorker).toEqual({ eval: 'EvalError', wasm: 'CompileError' });
    await page.close();
  });
});
