import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { encryptPackage } from '@/utils/handoff/age';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { buildHandoffDocument, serializeHandoffDocument } from '@/utils/handoff/package';
import { darkModulesPath, qrSymbol } from '@/utils/handoff/qr';
import { exampleInput } from './fixtures';

const keys = await generateRecipientKeyPair();

/** The dark modules a path draws, as "x,y" strings. */
function modulesOf(path: string): Set<string> {
  const modules = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(width); i++) modules.add(`${Number(x) + i},${y}`);
  }
  return modules;
}

describe('the print sheet’s QR code', () => {
  it('draws each run of dark modules as one rectangle', () => {
    expect(
      darkModulesPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });

  it('encodes a two-pair package with its quiet zone, module for module', async () => {
    const { armored } = await encryptPackage(serializeHandoffDocument(buildHandoffDocument(exampleInput())), { recipients: [keys.recipient] });
    const symbol = qrSymbol(armored);
    if (!symbol) throw new Error('a two-pair package must fit in a QR code');
    const reference = encode(armored, { ecc: 'L', border: 4 });
    expect(symbol.size).toBe(reference.size);
    const dark = new Set(reference.data.flatMap((row, y) => row.flatMap((isDark, x) => (isDark ? [`${x},${y}`] : []))));
    expect(modulesOf(symbol.path)).toEqual(dark);
    // The quiet zone: no dark module within 4 of an edge.
    expect([...dark].every((module) => module.split(',').map(Number).every((at) => at >= 4 && at < symbol.size - 4))).toBe(true);
  });

  it('has no QR code for text beyond the largest QR code (the sheet prints the text instead)', () => {
    expect(qrSymbol('A'.repeat(3000) + 'a'.repeat(3000))).toBeUndefined();
  });
});
