import { groupCharacters } from './phonetic';

// The reading checksum catches transcription errors in a secret read aloud, and says which group is
// wrong. It has one check character per group of four (5 bits of SHA-256 over the group and its
// number), then two for the whole text (10 bits of SHA-256), e.g. `K7Q2M-XY` for five groups.
// A wrong group goes unnoticed by its own character with probability 1/32, and by the whole-text
// pair as well with about 1/32 768. It is not a secret but is derived from one: it travels only
// where the text itself travels (read aloud in the same call), never next to a package.

/** Crockford's base 32: no I, L, O or U, so what is read aloud is not misheard or miswritten. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const WHOLE_TEXT_CHARACTERS = 2;

export type TranscriptionCheck =
  | { ok: true }
  | { ok: false; problem: 'wrong-group' | 'missing-groups' | 'extra-characters'; group: number; message: string }
  | { ok: false; problem: 'unlocated' | 'unreadable-checksum'; message: string };

export async function readingChecksum(text: string): Promise<string> {
  const groups = await groupCodes(groupCharacters(text));
  return `${groups.join('')}-${await wholeTextCode(text)}`;
}

/**
 * Checks what the recipient wrote down (exactly, without spaces between groups) against either the
 * reading checksum read to them or the expected groups themselves, and points to the first wrong group.
 */
export async function checkTranscription(expected: string | readonly string[], written: string): Promise<TranscriptionCheck> {
  const writtenGroups = groupCharacters(written);
  if (typeof expected !== 'string') return locate(expected.map((group, index) => group === writtenGroups[index]), writtenGroups.length);
  const checksum = normaliseChecksum(expected);
  if (checksum === undefined) {
    return { ok: false, problem: 'unreadable-checksum', message: `A reading checksum is letters and digits: one per group, then ${WHOLE_TEXT_CHARACTERS} more.` };
  }
  const expectedGroups = Array.from(checksum.slice(0, -WHOLE_TEXT_CHARACTERS));
  const writtenCodes = await groupCodes(writtenGroups);
  const located = locate(expectedGroups.map((code, index) => code === writtenCodes[index]), writtenGroups.length);
  if (!located.ok) return located;
  if ((await wholeTextCode(written)) !== checksum.slice(-WHOLE_TEXT_CHARACTERS)) {
    return { ok: false, problem: 'unlocated', message: 'Something does not match, but the checksum cannot tell which group: ask for the whole text again.' };
  }
  return { ok: true };
}

/** `matches[i]`: whether expected group i+1 was written correctly. */
function locate(matches: readonly boolean[], writtenCount: number): TranscriptionCheck {
  const wrong = matches.findIndex((match, index) => !match && index < writtenCount);
  if (wrong >= 0) {
    return { ok: false, problem: 'wrong-group', group: wrong + 1, message: `Group ${wrong + 1} does not match: ask for it to be read again.` };
  }
  if (writtenCount < matches.length) {
    const group = writtenCount + 1;
    const which = group === matches.length ? `Group ${group} is` : `Groups ${group} to ${matches.length} are`;
    return { ok: false, problem: 'missing-groups', group, message: `${which} missing.` };
  }
  if (writtenCount > matches.length) {
    const group = matches.length + 1;
    return { ok: false, problem: 'extra-characters', group, message: `There are only ${matches.length} groups: group ${group} and after should not be there.` };
  }
  return { ok: true };
}

/** Accepts what a person types: any case, spaces and hyphens, O for 0 and I or L for 1. */
function normaliseChecksum(text: string): string | undefined {
  const checksum = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const wellFormed = checksum.length > WHOLE_TEXT_CHARACTERS && Array.from(checksum).every((character) => ALPHABET.includes(character));
  return wellFormed ? checksum : undefined;
}

async function groupCodes(groups: readonly string[]): Promise<string[]> {
  return Promise.all(groups.map(async (group, index) => toAlphabet(await sha256(`ocg-reading-check/v1 group ${index + 1}\n${group}`), 1)));
}

async function wholeTextCode(text: string): Promise<string> {
  return toAlphabet(await sha256(`ocg-reading-check/v1 text\n${text}`), WHOLE_TEXT_CHARACTERS);
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The first 5·count bits of the digest, big-endian, as Crockford base-32 characters. */
function toAlphabet(digest: Uint8Array, count: number): string {
  let result = '';
  for (let i = 0; i < count; i++) {
    const bit = i * 5;
    const pair = ((digest[bit >> 3] ?? 0) << 8) | (digest[(bit >> 3) + 1] ?? 0);
    result += ALPHABET[(pair >> (11 - (bit & 7))) & 31];
  }
  return result;
}
