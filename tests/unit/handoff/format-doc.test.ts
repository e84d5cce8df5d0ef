import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandoffDocument, serializeHandoffDocument } from '@/utils/handoff/package';
import { spellForReading } from '@/utils/handoff/phonetic';
import { readingChecksum } from '@/utils/handoff/reading-check';
import { openHandoffPackage } from '@/utils/handoff/seal';
import { EXAMPLE_SECRET, exampleInput } from './fixtures';

// docs/handoff-format.md is the specification others implement: its example must stay true.

const markdown = readFileSync(resolve(import.meta.dirname, '../../../docs/handoff-format.md'), 'utf8');
const blocks = [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, body]) => ({ language, body: body ?? '' }));
const identityFile = blocks.find((block) => block.body.includes('AGE-SECRET-KEY-1'))?.body ?? '';
const armored = blocks.find((block) => block.body.startsWith('-----BEGIN AGE ENCRYPTED FILE-----'))?.body ?? '';
const json = blocks.find((block) => block.language === 'json')?.body ?? '';

/** The path of every array and every leaf of a JSON value, with array items written `[i]`. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix, ...fieldPaths(value[0], `${prefix}[i]`)];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => fieldPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe('docs/handoff-format.md', () => {
  it('has an example package that opens with its example identity to its example JSON', async () => {
    const document = await openHandoffPackage(armored, { identityFile });
    expect(document).toEqual(JSON.parse(json));
    expect(document.secret).toBe(EXAMPLE_SECRET);
  });

  it('documents every field of the format, and only those', () => {
    const input = exampleInput();
    input.credential.targetUser = 'alice@example.com';
    const fields = fieldPaths(JSON.parse(serializeHandoffDocument(buildHandoffDocument(input))));
    const documented = [...markdown.matchAll(/^\| `([a-zA-Z.[\]]+)` \| [^|]+ \| (?:yes|no) \|/gm)].map(([, path]) => path);
    expect(documented.sort()).toEqual(fields.sort());
  });

  it('spells the example secret and gives its checksum as the code does', async () => {
    for (const group of spellForReading(EXAMPLE_SECRET)) {
      expect(markdown).toContain(`| ${group.number} | \`${group.characters}\` | ${group.words.join(', ')} |`);
    }
    expect(markdown).toContain(`(\`${await readingChecksum(EXAMPLE_SECRET)}\` for the example)`);
  });
});
