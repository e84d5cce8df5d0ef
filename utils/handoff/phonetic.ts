// Spelling a secret or passphrase for reading aloud: groups of four characters, each character one
// unambiguous phrase — the NATO/ICAO alphabet with "capital"/"small", digit names, and a name for
// every printable ASCII symbol. Anything else is read as its Unicode code point.

export const GROUP_SIZE = 4;

const NATO = [
  'Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike',
  'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu',
];

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const SYMBOLS: Readonly<Record<string, string>> = {
  ' ': 'space',
  '!': 'exclamation mark',
  '"': 'double quote',
  '#': 'hash',
  $: 'dollar sign',
  '%': 'percent sign',
  '&': 'ampersand',
  "'": 'single quote',
  '(': 'left parenthesis',
  ')': 'right parenthesis',
  '*': 'asterisk',
  '+': 'plus sign',
  ',': 'comma',
  '-': 'hyphen',
  '.': 'period',
  '/': 'forward slash',
  ':': 'colon',
  ';': 'semicolon',
  '<': 'less-than sign',
  '=': 'equals sign',
  '>': 'greater-than sign',
  '?': 'question mark',
  '@': 'at sign',
  '[': 'left square bracket',
  '\\': 'backslash',
  ']': 'right square bracket',
  '^': 'caret',
  _: 'underscore',
  '`': 'backtick',
  '{': 'left curly brace',
  '|': 'vertical bar',
  '}': 'right curly brace',
  '~': 'tilde',
};

const CODE_POINT = /^unicode u\+([0-9a-f]{4,6})$/;

export interface SpelledGroup {
  /** 1-based, as read aloud: "group 3". */
  number: number;
  characters: string;
  /** One phrase per character, e.g. ["small India", "seven", "capital Bravo", "colon"]. */
  words: string[];
}

/** Splits into groups of four characters (code points, so no character is cut in two). */
export function groupCharacters(text: string): string[] {
  const characters = Array.from(text);
  const groups: string[] = [];
  for (let i = 0; i < characters.length; i += GROUP_SIZE) groups.push(characters.slice(i, i + GROUP_SIZE).join(''));
  return groups;
}

export function phoneticWord(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (character >= 'A' && character <= 'Z') return `capital ${NATO[code - 65]}`;
  if (character >= 'a' && character <= 'z') return `small ${NATO[code - 97]?.toLowerCase()}`;
  if (character >= '0' && character <= '9') return DIGITS[code - 48] ?? '';
  return SYMBOLS[character] ?? `Unicode U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function spellForReading(text: string): SpelledGroup[] {
  return groupCharacters(text).map((characters, index) => ({
    number: index + 1,
    characters,
    words: Array.from(characters, phoneticWord),
  }));
}

const CHARACTER_BY_WORD = new Map<string, string>([
  ...NATO.flatMap((word, index): [string, string][] => [
    [`capital ${word.toLowerCase()}`, String.fromCharCode(65 + index)],
    [`small ${word.toLowerCase()}`, String.fromCharCode(97 + index)],
  ]),
  ...DIGITS.map((word, digit): [string, string] => [word, String(digit)]),
  ...Object.entries(SYMBOLS).map(([symbol, word]): [string, string] => [word, symbol]),
]);

/** The inverse of spelling: phrases (any case) back to text. Throws on a phrase it does not know. */
export function parsePhoneticWords(words: readonly string[]): string {
  return words
    .map((word, index) => {
      const key = word.trim().replace(/\s+/g, ' ').toLowerCase();
      const character = CHARACTER_BY_WORD.get(key);
      if (character !== undefined) return character;
      const codePoint = Number.parseInt(CODE_POINT.exec(key)?.[1] ?? '', 16);
      if (codePoint <= 0x10ffff) return String.fromCodePoint(codePoint);
      throw new Error(`Word ${index + 1} is not a spelling word of the reading sheet.`);
    })
    .join('');
}
