import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script must stay small (its budget is in scripts/size.mjs): Preact and every in-page
// UI (banner, capture control, the scope assistant with its analyzer, catalog and presets, policy
// evaluation) reach it only through the lazily loaded in-page-ui.js, and age only through sealer.js.
// This walks the content script's value imports (type-only imports cost nothing) and checks that
// none of those modules, nor zod, Preact or age, is among them.

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = 'entrypoints/console.content/index.ts';
const VALUE_IMPORT = /^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(join(ROOT, from)), spec) : undefined;
  if (!base) return undefined;
  const file = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  return file && relative(ROOT, file);
}

function contentScriptModules(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(join(ROOT, file), 'utf8').matchAll(VALUE_IMPORT)) {
      const target = resolveImport(file, spec!);
      if (target) visit(target);
      else if (!spec!.startsWith('.') && !spec!.startsWith('@/')) packages.add(spec!);
    }
  };
  visit(ENTRY);
  return { files, packages };
}

describe('content script boundary', () => {
  const { files, packages } = contentScriptModules();

  it('reaches the hosts, the loaders, the Generate guard and the capture trigger', () => {
    expect([...files]).toEqual(
      expect.arrayContaining([
        'entrypoints/console.content/features/scope-assistant.ts',
        'components/shared/shadow-host.ts',
        'components/shared/in-page-ui.ts',
        'utils/console/generate-guard.ts',
        'utils/vault/capture.ts',
        'utils/vault/sealer-loader.ts',
      ]),
    );
  });

  it.each([
    'utils/scopes/analyze.ts',
    'utils/scopes/catalog.ts',
    'utils/scopes/presets.ts',
    'utils/policy/evaluate.ts',
    'utils/policy/check-draft.ts',
    'components/assistant/mount-assistant.tsx',
    'components/findings/FindingsList.tsx',
    'utils/console/fill.ts',
    'components/shared/in-page-views.tsx',
    'components/banner/RealmBanner.tsx',
    'components/capture/CaptureControl.tsx',
    'components/assistant/AssistantStatus.tsx',
    'utils/realm/availability.ts',
    'utils/vault/seal.ts',
  ])('does not bundle %s', (file) => {
    expect(files.has(file)).toBe(false);
  });

  it.each(['zod', 'preact', 'age-encryption'])('does not bundle %s', (name) => {
    expect([...packages].filter((spec) => spec === name || spec.startsWith(`${name}/`))).toEqual([]);
  });
});
