import fc from 'fast-check';
import { SEVERITIES } from '@/utils/findings/finding';
import { REALM_TABLE } from '@/utils/realm/realms';
import type { CaptureContext } from '@/utils/vault/item';

// Inputs the extension gets from outside (the Console page, a policy file, a pasted package, a
// message), as fast-check arbitraries shared by the property tests in this folder.

/** Strings that have broken parsers before: empty, blank, control and bidi characters, prototype keys, markup, lone surrogates. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\ud800',
  '😀',
  'İ',
  'ß',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '"; rm -rf / #',
  "'$(id)'",
  '{instance}',
  '{}',
  '%',
  '%zz',
  'https://',
  'urn:opc:',
  'null',
  '-1',
  'NaN',
  '1e999',
  '=cmd|" /C calc"!A0',
] as const;

/** Any text: printable ASCII, any code points, surrogate halves, a known troublemaker, or one inside ASCII. */
export const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    // Surrogate halves, alone or paired: DOM strings may hold lone ones, which encoders reject.
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\ud83d', '\ude00', '\udfff'), maxLength }) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.string({ maxLength: maxLength >> 1 }), fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: maxLength >> 1 }))
        .map((parts) => parts.join('')),
    },
  );

/**
 * A value no message or error of the extension would ever contain by chance, for "never echoed"
 * properties: `ZQ`, 10 random letters and digits, `QZ`.
 */
export const marker = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 10, maxLength: 10 }).map((middle) => `ZQ${middle}QZ`);

/** The base64 alphabet, without padding. */
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A string of `min`–`max` characters from `alphabet` (fc.stringMatching is slow for long runs). */
export const stringOf = (alphabet: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });

export const realmEntry = fc.constantFrom(...REALM_TABLE.realms);
export const realmKey = realmEntry.map((realm) => realm.key);

/** A realm and one of its regions, as the table pairs them. */
export const realmRegion = realmEntry.chain((realm) =>
  fc.constantFrom(...realm.regions).map((region) => ({ realm: realm.key, region, domain: realm.domain })),
);

/** A credential OCID of a table realm: ocid1.credential.<realm>..<16–128 lowercase letters and digits>. */
export const credentialOcid = (realm: fc.Arbitrary<string> = realmKey): fc.Arbitrary<string> =>
  fc.tuple(realm, stringOf('abcdefghijklmnopqrstuvwxyz0123456789', 16, 128)).map(([key, unique]) => `ocid1.credential.${key}..${unique}`);

/** Anything a JSON parser or a structured clone could hand over: objects, arrays, primitives, nested. */
export const jsonish = fc.jsonValue({ maxDepth: 3 });

/** 32 lowercase hex digits: a vault item id or an audit record id. */
export const hexId = stringOf('0123456789abcdef', 32, 32);

/** Runs `run` and returns what it threw (undefined when it returned). */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Audiences as users type or paste them: catalog-shaped, any https address, or anything at all. */
export const audience = fc.oneof(
  fc.constantFrom(
    'https://myoic-abcdefgh1234-ia.integration.ocp.oraclecloud.com:443',
    'https://orders.integration.us-ashburn-1.ocp.oraclecloud.com:443',
    'https://myoac-abcdefgh1234-ia.analytics.ocp.oraclecloud.com',
    'https://{instance}.integration.ocp.{realmDomain}:443',
    'urn:opc:resource:scope:account',
    'http://x.integration.ocp.oraclecloud.com',
    'x.integration.ocp.oraclegovcloud.uk',
  ),
  fc.webUrl(),
  text(60),
);

/** Scopes: Oracle's documented ones, paths, templates, or anything at all. */
export const scope = fc.oneof(
  fc.constantFrom(
    'urn:opc:resource:consumer::all',
    'urn:opc:idm:__myscopes__',
    '/ic/api/',
    'urn:opc:resource:consumer:paas::read',
    'urn:opc:resource:consumer:paas:analytics::read',
    'urn:opc:idm:role.User Administrator',
    'URN:OPC:RESOURCE:CONSUMER::ALL ',
  ),
  text(60),
);

export const scopePair = fc.record({ audience, scope });

/** What the content script reads from a Generate panel: up to 12 rows (Oracle allows 10). */
export const credentialDraft = fc.record({
  name: text(40),
  description: text(60),
  pairs: fc.array(scopePair, { maxLength: 12 }),
});

/** Epoch milliseconds up to 2100. */
export const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

/** An armored age file as the vault stores it (the content is not decrypted here). */
export const armoredAge = fc
  .array(stringOf(`${BASE64}=`, 1, 64), { minLength: 1, maxLength: 6 })
  .map((lines) => `-----BEGIN AGE ENCRYPTED FILE-----\n${lines.join('\n')}\n-----END AGE ENCRYPTED FILE-----\n`);

/** An age X25519 recipient's shape (its checksum is not checked by the vault's schemas). */
export const recipient = stringOf('023456789acdefghjklmnpqrstuvwxyz', 58, 58).map((data) => `age1${data}`);

/** What the content script reports around a captured secret. */
export const captureContext: fc.Arbitrary<CaptureContext> = fc.record(
  {
    credentialName: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    description: fc.string({ unit: 'binary', maxLength: 100 }),
    pairs: fc.array(fc.record({ audience: fc.string({ maxLength: 60 }), scope: fc.string({ maxLength: 60 }) }), { maxLength: 5 }),
    realm: realmKey,
    region: stringOf('abcdefghijklmnopqrstuvwxyz0123456789-', 1, 20),
    host: fc.domain(),
    identityDomain: fc.string({ maxLength: 30 }),
    targetUser: fc.string({ maxLength: 30 }),
    createdAt: time,
  },
  { requiredKeys: ['credentialName', 'description', 'pairs', 'host', 'createdAt'] },
);

/** Text a schema that trims keeps as is: 1–`maxLength` characters, no surrounding spaces. */
export const trimmedText = (maxLength: number) =>
  fc.string({ unit: 'binary', minLength: 1, maxLength }).map((value) => value.trim()).filter((value) => value.length > 0);

/** The audit event a content script sends when Generate is pressed. */
export const credentialGeneratedEvent = fc.record(
  {
    kind: fc.constant('credential-generated' as const),
    itemId: hexId,
    credentialName: trimmedText(60),
    ocid: credentialOcid(),
    realm: realmKey,
    region: trimmedText(20),
    identityDomain: trimmedText(30),
    targetUser: trimmedText(30),
    pairs: fc.array(fc.record({ audience: fc.string({ maxLength: 60 }), scope: fc.string({ maxLength: 60 }) }), { maxLength: 4 }),
    findings: fc.array(fc.record({ id: trimmedText(32), severity: fc.constantFrom(...SEVERITIES), title: trimmedText(60) }), { maxLength: 3 }),
    exemptions: fc.array(
      fc.record({ findingId: trimmedText(32), pattern: trimmedText(64), justification: trimmedText(60), by: fc.constantFrom('policy' as const, 'user' as const) }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['kind', 'credentialName', 'pairs', 'findings', 'exemptions'] },
);
