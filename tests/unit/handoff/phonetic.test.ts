import { describe, expect, it } from 'vitest';
import { groupCharacters, parsePhoneticWords, phoneticWord, spellForReading } from '@/utils/handoff/phonetic';
import { EXAMPLE_SECRET } from './fixtures';

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

describe('spellForReading', () => {
  it('spells Oracle’s example secret in groups of four', () => {
    expect(spellForReading(EXAMPLE_SECRET)).toEqual([
      { number: 1, characters: 'i7BK', words: ['small india', 'seven', 'capital Bravo', 'capital Kilo'] },
      { number: 2, characters: 'NOG:', words: ['capital November', 'capital Oscar', 'capital Golf', 'colon'] },
      { number: 3, characters: '1z1A', words: ['one', 'small zulu', 'one', 'capital Alfa'] },
      { number: 4, characters: ')bqa', words: ['right parenthesis', 'small bravo', 'small quebec', 'small alfa'] },
      { number: 5, characters: 'Y(]F', words: ['capital Yankee', 'left parenthesis', 'right square bracket', 'capital Foxtrot'] },
    ]);
  });

  it('gives each of the 95 printable ASCII characters its own phrase', () => {
    const phrases = Array.from(PRINTABLE_ASCII, phoneticWord);
    expect(new Set(phrases.map((phrase) => phrase.toLowerCase())).size).toBe(95);
    expect(phrases.filter((phrase) => phrase.startsWith('Unicode'))).toEqual([]);
  });

  it.each([
    [' ', 'space'],
    ['"', 'double quote'],
    ["'", 'single quote'],
    ['[', 'left square bracket'],
    ['}', 'right curly brace'],
    ['\\', 'backslash'],
    ['`', 'backtick'],
    ['x', 'small x-ray'],
    ['J', 'capital Juliett'],
    ['0', 'zero'],
    ['é', 'Unicode U+00E9'],
    ['\t', 'Unicode U+0009'],
    ['🔑', 'Unicode U+1F511'],
  ])('%j is read as %j', (character, phrase) => expect(phoneticWord(character)).toBe(phrase));

  it.each([
    ['Oracle’s example secret', EXAMPLE_SECRET],
    ['every printable ASCII character', PRINTABLE_ASCII],
    ['every printable ASCII character, backwards', Array.from(PRINTABLE_ASCII).reverse().join('')],
    ['text beyond ASCII', 'clé🔑\tok'],
  ])('round-trips %s through its phrases', (_case, text) => {
    const groups = spellForReading(text);
    expect(groups.map((group) => group.characters).join('')).toBe(text);
    expect(groups.slice(0, -1).every((group) => group.words.length === 4)).toBe(true);
    expect(parsePhoneticWords(groups.flatMap((group) => group.words))).toBe(text);
  });

  it('never cuts a character in two', () => {
    expect(groupCharacters('🔑🔑🔑🔑🔑')).toEqual(['🔑🔑🔑🔑', '🔑']);
  });
});

describe('parsePhoneticWords', () => {
  it('accepts any case and spacing', () => {
    expect(parsePhoneticWords(['Capital  ALFA', ' small bravo ', 'LEFT PARENTHESIS', 'unicode u+00e9'])).toBe('Ab(é');
  });

  it.each([['capital Alpha'], ['niner'], ['Unicode U+110000']])('refuses %j, naming its position only', (word) => {
    expect(() => parsePhoneticWords(['one', word])).toThrow('Word 2 is not a spelling word of the reading sheet.');
  });
});
