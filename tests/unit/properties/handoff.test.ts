import fc from 'fast-check';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptPackage, encryptPackage } from '@/utils/handoff/age';
import { inspectAgeFile } from '@/utils/handoff/age-header';
import { parseIdentityFile, parseRecipient, X25519_RECIPIENT } from '@/utils/handoff/age-keys';
import { HandoffError } from '@/utils/handoff/errors';
import { composeHandoffEmail } from '@/utils/handoff/mailto';
import { buildHandoffDocument, parseHandoffDocument, serializeHandoffDocument, type HandoffInput } from '@/utils/handoff/package';
import { HANDOFF_FORMAT, HANDOFF_FORMAT_VERSION } from '@/utils/handoff/package-schema';
import { GROUP_SIZE, parsePhoneticWords, spellForReading } from '@/utils/handoff/phonetic';
import { checkTranscription, readingChecksum } from '@/utils/handoff/reading-check';
import { buildTokenKit } from '@/utils/handoff/token-kit';
import { curlArguments } from '../handoff/fixtures';
import { BASE64, credentialOcid, jsonish, marker, realmRegion, scopePair, stringOf, text, thrownBy } from './arbitraries';

// A handoff package is opened by whoever receives it, and reading aloud, email and the token kit
// carry page-derived text into other programs. Every parser must fail only with a HandoffError
// that never quotes the secret; every encoding must come back exactly; no text may break out of
// the mailto: URL or the shell command.

const moment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true });
const nonEmpty = (maxLength: number) => fc.string({ unit: 'binary', minLength: 1, maxLength });

/** What the vault hands over: a credential of a table realm and region, with any names and any secret. */
const handoffInput = (secret: fc.Arbitrary<string> = nonEmpty(120)): fc.Arbitrary<HandoffInput> =>
  realmRegion.chain(({ realm, region }) =>
    fc.record({
      credential: fc.record({
        name: nonEmpty(80),
        description: fc.string({ unit: 'binary', maxLength: 200 }),
        ocid: credentialOcid(fc.constant(realm)),
        realm: fc.constant(realm),
        region: fc.constant(region),
        identityDomain: fc.option(nonEmpty(40), { nil: undefined }),
        pairs: fc.array(scopePair.filter((pair) => pair.audience !== '' && pair.scope !== ''), { minLength: 1, maxLength: 10 }),
        created: moment,
      }),
      secret,
      now: moment,
      note: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
      expiresInMs: fc.option(fc.integer({ min: 1, max: 30 * 86_400_000 }), { nil: undefined }),
    }).map(({ expiresInMs, now, ...input }) => ({
      ...input,
      now,
      ...(expiresInMs === undefined ? {} : { expires: now.getTime() + expiresInMs }),
    })),
  );

/** The HandoffError a call threw; fails on any other exception. */
function handoffFailure(run: () => unknown): HandoffError | undefined {
  const error = thrownBy(run);
  if (error === undefined || error instanceof HandoffError) return error;
  throw error;
}

async function handoffRejection(run: Promise<unknown>): Promise<HandoffError | undefined> {
  try {
    await run;
    return undefined;
  } catch (error) {
    if (error instanceof HandoffError) return error;
    throw error;
  }
}

describe('the handoff document', () => {
  it('comes back exactly as built, whatever the names, pairs and secret hold', () => {
    fc.assert(
      fc.property(handoffInput(), (input) => {
        const document = buildHandoffDocument(input);
        expect(parseHandoffDocument(serializeHandoffDocument(document))).toEqual(document);
        expect(document.credential.pairs.map((pair) => pair.fullyQualifiedScope)).toEqual(input.credential.pairs.map((pair) => pair.audience + pair.scope));
      }),
      { numRuns: 120 },
    );
  });

  it('is refused only with a HandoffError, never quoting the secret, however the package is damaged', () => {
    const mutation = fc.tuple(fc.constantFrom('format', 'version', 'credential', 'handoff', 'secret', 'extra'), fc.constantFrom('name', 'ocid', 'realm', 'region', 'pairs', 'tokenEndpoint', 'created', 'expires'), jsonish);
    fc.assert(
      fc.property(handoffInput(marker), mutation, fc.nat(), (input, [top, inner, value], cut) => {
        const document = JSON.parse(serializeHandoffDocument(buildHandoffDocument(input))) as Record<string, Record<string, unknown>>;
        if (top === 'credential' || top === 'handoff') document[top]![inner] = value;
        else if (top !== 'secret') (document as Record<string, unknown>)[top] = value;
        const serialized = JSON.stringify(document);
        for (const damaged of [serialized, serialized.slice(0, cut % (serialized.length + 1))]) {
          const error = handoffFailure(() => parseHandoffDocument(damaged));
          expect(error?.message ?? '').not.toContain(input.secret);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('refuses any text that is not a package with a HandoffError, and a newer format version by name', () => {
    fc.assert(
      fc.property(fc.oneof(text(200), jsonish.map((value) => JSON.stringify(value) ?? 'undefined')), (value) => {
        handoffFailure(() => parseHandoffDocument(value));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.integer({ min: HANDOFF_FORMAT_VERSION + 1 }), jsonish, (version, rest) => {
        const error = handoffFailure(() => parseHandoffDocument(JSON.stringify({ format: HANDOFF_FORMAT, version, rest })));
        expect(error?.kind).toBe('newer-version');
      }),
      { numRuns: 50 },
    );
  });
});

describe('age keys', () => {
  let recipients: string[] = [];
  let identities: string[] = [];
  beforeAll(async () => {
    identities = await Promise.all(Array.from({ length: 4 }, () => generateX25519Identity()));
    recipients = await Promise.all(identities.map((identity) => identityToRecipient(identity)));
  });
  const blank = fc.constantFrom('', ' ', '\n', '\t ', '\r\n');

  it('parseRecipient: a HandoffError or a well-formed X25519 recipient for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text(80), stringOf('023456789acdefghjklmnpqrstuvwxyz', 58, 58).map((data) => `age1${data}`), marker.map((m) => `age1${m}`), marker.map((m) => `ssh-ed25519 ${m}`)), (value) => {
        const error = handoffFailure(() => expect(parseRecipient(value)).toMatch(X25519_RECIPIENT));
        if (error && /ZQ[a-z0-9]{10}QZ/.test(value)) expect(error.message).not.toMatch(/ZQ[a-z0-9]{10}QZ/);
      }),
      { numRuns: 200 },
    );
  });

  it('parseRecipient: takes a real key with spaces around, refuses it with any one character changed', () => {
    fc.assert(
      fc.property(fc.nat(3), blank, blank, fc.integer({ min: 4, max: 61 }), fc.constantFrom(...'023456789acdefghjklmnpqrstuvwxyz'), (which, before, after, at, replacement) => {
        const recipient = recipients[which]!;
        expect(parseRecipient(`${before}${recipient}${after}`)).toBe(recipient);
        fc.pre(recipient[at] !== replacement);
        const typo = recipient.slice(0, at) + replacement + recipient.slice(at + 1);
        expect(handoffFailure(() => parseRecipient(typo))?.kind).toBe('invalid-recipient');
      }),
      { numRuns: 200 },
    );
  });

  it('parseIdentityFile: a HandoffError that names lines by number, never by content', () => {
    const line = fc.oneof(text(30), marker.map((m) => `AGE-SECRET-KEY-1${m.toUpperCase()}`), marker, fc.constantFrom('# created: now', ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.nat(3), fc.boolean(), (lines, which, withIdentity) => {
        const file = [...(withIdentity ? [identities[which]!] : []), ...lines].join('\n');
        const error = handoffFailure(() => {
          for (const identity of parseIdentityFile(file)) expect(identity).toMatch(/^AGE-SECRET-KEY-1/);
        });
        for (const content of [...lines, identities[which]!].map((l) => l.trim()).filter((l) => l.length > 3)) {
          expect(error?.message ?? '').not.toContain(content);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('age packages', () => {
  let identityFile = '';
  let sealed: Uint8Array = new Uint8Array();
  let headerEnd = 0;
  beforeAll(async () => {
    const identity = await generateX25519Identity();
    identityFile = `${identity}\n`;
    sealed = (await encryptPackage('{"secret":"i7BKNOG:1z1A)bqaY(]F"}', { recipients: [await identityToRecipient(identity)] })).binary;
    headerEnd = new TextDecoder().decode(sealed).indexOf('\n---') + 1;
  });

  it('inspectAgeFile never throws, and calls every cut inside the header truncated', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        inspectAgeFile(bytes);
        const prefix = sealed.subarray(0, cut % headerEnd);
        expect(['truncated', 'not-age']).toContain(inspectAgeFile(prefix).state);
      }),
      { numRuns: 200 },
    );
    expect(inspectAgeFile(sealed)).toEqual({ state: 'complete', stanzaTypes: ['X25519'] });
  });

  it('decryptPackage fails only with a HandoffError on a cut, altered or foreign file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.oneof(text(100), fc.uint8Array({ maxLength: 200 })), async (cut, at, flip, foreign) => {
        const truncated = sealed.subarray(0, cut % sealed.length);
        const altered = sealed.slice();
        altered[at % altered.length]! ^= flip;
        for (const input of [truncated, altered, foreign]) {
          expect(await handoffRejection(decryptPackage(input, { identityFile }))).toBeInstanceOf(HandoffError);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('reading aloud', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 40 });

  it('spells any text in groups of at most four, and the spelling reads back exactly', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const groups = spellForReading(value);
        for (const group of groups) expect(group.words.length).toBeLessThanOrEqual(GROUP_SIZE);
        expect(parsePhoneticWords(groups.flatMap((group) => group.words.map((word) => ` ${word.toUpperCase()} `)))).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses unknown words with a plain Error naming the word by position', () => {
    fc.assert(
      fc.property(fc.array(text(20), { maxLength: 5 }), (words) => {
        const error = thrownBy(() => parsePhoneticWords(words));
        if (error !== undefined) expect((error as Error).message).toMatch(/^Word \d+ is not a spelling word of the reading sheet\.$/);
      }),
      { numRuns: 200 },
    );
  });

  it('checks a transcription against its checksum: exact text passes, a changed group is never blamed on another', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), async (value, at, replacement) => {
        const characters = Array.from(value);
        const index = at % characters.length;
        fc.pre(characters[index] !== replacement && Array.from(replacement).length === 1);
        const checksum = await readingChecksum(value);
        expect(await checkTranscription(checksum, value)).toEqual({ ok: true });
        characters[index] = replacement;
        const written = characters.join('');
        const result = await checkTranscription(checksum, written);
        if (!result.ok && result.problem === 'wrong-group') expect(result.group).toBe(Math.floor(index / GROUP_SIZE) + 1);
        const byGroups = await checkTranscription(spellForReading(value).map((group) => group.characters), written);
        expect(byGroups).toMatchObject({ ok: false, problem: 'wrong-group', group: Math.floor(index / GROUP_SIZE) + 1 });
      }),
      { numRuns: 150 },
    );
  });

  it('answers any checksum and any written text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(text(20), text(40), async (checksum, written) => {
        const result = await checkTranscription(checksum, written);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the handoff email', () => {
  const armored = fc.array(stringOf(BASE64, 1, 64), { maxLength: 40 })
    .map((lines) => ['-----BEGIN AGE ENCRYPTED FILE-----', ...lines, '-----END AGE ENCRYPTED FILE-----'].join('\n'));

  it('is a mailto: URL with only a subject and a body, whatever the name and address hold', () => {
    fc.assert(
      fc.property(text(80), fc.option(fc.oneof(fc.emailAddress(), text(40)), { nil: undefined }), armored, fc.constantFrom('passphrase' as const, 'recipient-key' as const), fc.integer({ min: 200, max: 4000 }), (credentialName, to, armoredPackage, protection, maxLength) => {
        const input = { credentialName, to, armoredPackage, fileName: 'credential.age', protection, maxLength };
        const error = handoffFailure(() => composeHandoffEmail(input));
        if (error) {
          expect(error.kind).toBe('invalid-email-address');
          return;
        }
        const email = composeHandoffEmail(input);
        expect(email.url).toMatch(/^mailto:[^\s?]*\?[!-~]*$/);
        const query = new URLSearchParams(email.url.slice(email.url.indexOf('?') + 1));
        expect([...query.keys()]).toEqual(['subject', 'body']);
        expect(query.get('subject')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(decodeURIComponent(email.url.slice('mailto:'.length, email.url.indexOf('?')))).toBe(to?.trim() ?? '');
        if (email.packageInBody) {
          expect(email.url.length).toBeLessThanOrEqual(maxLength);
          expect(query.get('body')).toContain(armoredPackage.replaceAll('\n', '\r\n'));
        } else {
          expect(email.attachFileName).toBe('credential.age');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the token kit', () => {
  it('gives curl exactly the intended arguments, whatever the scopes and endpoint hold', () => {
    // A shell argument cannot hold NUL, and bash reads the script as UTF-8.
    const clean = (value: string) => value.toWellFormed().replaceAll('\0', '') || 'x';
    const shellSafe = handoffInput().map((input) => ({
      ...input,
      credential: { ...input.credential, pairs: input.credential.pairs.map((pair) => ({ audience: clean(pair.audience), scope: clean(pair.scope) })) },
    }));
    fc.assert(
      fc.property(shellSafe, (input) => {
        const document = buildHandoffDocument(input);
        const kit = buildTokenKit(document);
        expect(curlArguments(kit.curlCommand, 'the-secret')).toEqual([
          '-sS', '-X', 'POST', document.credential.tokenEndpoint,
          '--user', `${document.credential.ocid}:the-secret`,
          '-d', 'grant_type=client_credentials',
          ...kit.scopes.flatMap((fullyQualified) => ['--data-urlencode', `scope=${fullyQualified}`]),
        ]);
      }),
      { numRuns: 15 },
    );
    // Each run starts a bash (~85 ms on an idle core): on 2 loaded cores 15 of them passed the default 5 s.
  }, 30_000);
});
