import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import { FINDING_RULES } from '@/utils/scopes/finding-rule-docs';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';

// docs/scopes.md is written by hand; these checks keep it true to the data it describes.
const doc = readFileSync(join(import.meta.dirname, '../../../docs/scopes.md'), 'utf8');
const lines = doc.split('\n');

describe('docs/scopes.md', () => {
  it.each(FINDING_RULES.map((rule) => [rule.id, rule] as const))('lists %s exactly as the rule says', (_id, rule) => {
    expect(lines).toContain(`| ${rule.id} | ${rule.severity} | ${rule.title} | ${rule.meaning} |`);
  });

  it('lists no finding id that the analyzer does not have', () => {
    const documented = [...new Set(doc.match(/OCG-SCOPE-\d+/g))].sort();
    expect(documented).toEqual(FINDING_RULES.map((rule) => rule.id).sort());
  });

  it('has finding ids that are unique and numbered in order', () => {
    const ids = FINDING_RULES.map((rule) => rule.id);
    expect(ids).toEqual(ids.map((_, index) => `OCG-SCOPE-${String(index + 1).padStart(3, '0')}`));
  });

  it.each([
    ...SCOPE_CATALOG.audiences.map((audience) => audience.template),
    ...SCOPE_CATALOG.scopes.map((entry) => entry.scope),
    ...BUILT_IN_PRESETS.map((preset) => preset.id),
  ])('mentions `%s`', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });
});
