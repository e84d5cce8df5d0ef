import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The analyzer, catalog and presets ship in the in-page script (40 kB budget with Preact): they read
// the data as plain objects and may take types, never values, from the *-schema.ts files (zod).
const SCOPES_DIR = join(import.meta.dirname, '../../../utils/scopes');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const runtimeFiles = sources(SCOPES_DIR).filter((file) => !file.endsWith('-schema.ts')).map((file) => relative(SCOPES_DIR, file));

describe('scopes module boundary', () => {
  it('has runtime files to check', () => {
    expect(runtimeFiles).toEqual(expect.arrayContaining(['analyze.ts', 'catalog.ts', 'presets.ts', 'templates.ts', 'preset-sources.ts', 'rules/values.ts']));
  });

  it.each(runtimeFiles)('%s imports neither zod nor a schema value', (file) => {
    const source = readFileSync(join(SCOPES_DIR, file), 'utf8');
    expect(source).not.toMatch(/from ['"]zod/);
    const schemaImports = source.match(/^import .* from ['"][^'"]*-schema['"];$/gm) ?? [];
    for (const line of schemaImports) expect(line).toMatch(/^import type /);
  });
});
