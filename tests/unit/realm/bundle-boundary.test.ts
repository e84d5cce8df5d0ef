import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script imports detectRealm, availability and console hosts: they must read the tables
// as plain data, leaving zod (~79 kB minified) to the *-schema.ts files that only tests import.
const REALM_DIR = join(import.meta.dirname, '../../../utils/realm');
const runtimeFiles = readdirSync(REALM_DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('-schema.ts'));

describe('realm module boundary', () => {
  it('has runtime files to check', () => {
    expect(runtimeFiles).toEqual(expect.arrayContaining(['detect-realm.ts', 'availability.ts', 'console-hosts.ts', 'realms.ts']));
  });

  it.each(runtimeFiles)('%s imports neither zod nor a schema', (file) => {
    const source = readFileSync(join(REALM_DIR, file), 'utf8');
    expect(source).not.toMatch(/from ['"]zod/);
    expect(source).not.toMatch(/from ['"][^'"]*-schema['"]/);
  });
});
