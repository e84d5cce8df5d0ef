import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { groupCharacters } from '@/utils/handoff/phonetic';
import { checkTranscription, readingChecksum } from '@/utils/handoff/reading-check';
import { EXAMPLE_SECRET } from './fixtures';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** The algorithm as docs/handoff-format.md states it, written independently with node:crypto. */
function documentedChecksum(text: string): string {
  const bits = (label: string, count: number) => {
    const digest = createHash('sha256').update(label, 'utf8').digest();
    const binary = Array.from(digest.subarray(0, 2), (byte) => byte.toString(2).padStart(8, '0')).join('');
    return Array.from({ length: count }, (_, i) => ALPHABET[parseInt(binary.slice(i * 5, i * 5 + 5), 2)]).join('');
  };
  const groups = groupCharacters(text).map((group, index) => bits(`ocg-reading-check/v1 group ${index + 1}\n${group}`, 1));
  return `${groups.join('')}-${bits(`ocg-reading-check/v1 text\n${text}`, 2)}`;
}

describe('readingChecksum', () => {
  it.each([
    ['Oracle’s example secret', EXAMPLE_SECRET],
    ['every printable ASCII character', PRINTABLE_ASCII],
    ['a passphrase', 'lavender lunacy quickness ladybug playful reaffirm'],
  ])('has one character per group and two for the whole, as documented (%s)', async (_case, text) => {
    const checksum = await readingChecksum(text);
    expect(checksum).toBe(documentedChecksum(text));
    expect(checksum).toMatch(new RegExp(`^[${ALPHABET}]{${groupCharacters(text).length}}-[${ALPHABET}]{2}$`));
    expect(await checkTranscription(checksum, text)).toEqual({ ok: true });
  });

  it('differs for every single printable ASCII character', async () => {
    const checksums = await Promise.all(Array.from(PRINTABLE_ASCII, (character) => readingChecksum(character)));
    expect(new Set(checksums).size).toBe(95);
  });
});

const secret = EXAMPLE_SECRET; // i7BK NOG: 1z1A )bqa Y(]F
const checksum = await readingChecksum(secret);

describe('checkTranscription against the checksum read aloud', () => {
  it.each([
    ['a capital written small in group 1', 'I7BKNOG:1z1A)bqaY(]F', 'wrong-group', 1],
    ['O taken for zero in group 2', 'i7BKN0G:1z1A)bqaY(]F', 'wrong-group', 2],
    ['one character left out in group 3', 'i7BKNOG:1zA)bqaY(]F', 'wrong-group', 3],
    ['two characters swapped in group 4', 'i7BKNOG:1z1A)qbaY(]F', 'wrong-group', 4],
    ['a square bracket for a parenthesis in group 5', 'i7BKNOG:1z1A)bqaY[]F', 'wrong-group', 5],
    ['the last group missing', 'i7BKNOG:1z1A)bqa', 'missing-groups', 5],
    ['two groups missing', 'i7BKNOG:1z1A', 'missing-groups', 4],
    ['characters after the end', 'i7BKNOG:1z1A)bqaY(]Fxx', 'extra-characters', 6],
  ])('points at %s', async (_case, written, problem, group) => {
    expect(await checkTranscription(checksum, written)).toMatchObject({ ok: false, problem, group });
  });

  it('accepts the checksum as typed: any case, spaces, hyphens, O for 0 and I or L for 1', async () => {
    const typed = checksum.toLowerCase().split('').join(' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(await checkTranscription(typed, secret)).toEqual({ ok: true });
  });

  it.each(['', 'K', 'hello!', 'AB-UU'])('says when the checksum %j cannot be read', async (typed) => {
    expect(await checkTranscription(typed, secret)).toMatchObject({ ok: false, problem: 'unreadable-checksum' });
  });

  it('says so when only the whole-text check catches a mistake', async () => {
    // Forge a checksum whose group characters match but whose whole-text pair does not.
    const forged = checksum.slice(0, -2) + (checksum.endsWith('00') ? '11' : '00');
    expect(await checkTranscription(forged, secret)).toMatchObject({ ok: false, problem: 'unlocated' });
  });
});

describe('checkTranscription against the expected groups', () => {
  const groups = groupCharacters(EXAMPLE_SECRET);

  it.each([
    [EXAMPLE_SECRET, { ok: true }],
    ['i7BKNOG;1z1A)bqaY(]F', { ok: false, problem: 'wrong-group', group: 2 }],
    ['i7BKNOG:1z1A)bqaY(]', { ok: false, problem: 'wrong-group', group: 5 }],
    ['i7BK', { ok: false, problem: 'missing-groups', group: 2, message: 'Groups 2 to 5 are missing.' }],
    [`${EXAMPLE_SECRET}!`, { ok: false, problem: 'extra-characters', group: 6 }],
  ])('checks %j', async (written, result) => {
    expect(await checkTranscription(groups, written)).toMatchObject(result);
  });
});
