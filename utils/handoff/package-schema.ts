import { z } from 'zod';
import { REGION_ID } from '../realm/realms';
import { fullyQualifiedScope } from '../scopes/fully-qualified';
import { CREDENTIAL_OCID, parseCredentialOcid } from '../vault/ocid';

// The plaintext inside a handoff package: one JSON document, specified in docs/handoff-format.md for
// anyone who opens a package without the extension (`age -d package.age | jq`). A change that an
// older reader could not safely ignore bumps HANDOFF_FORMAT_VERSION; readers ignore unknown fields.

export const HANDOFF_FORMAT = 'oci-credential-guard/handoff';
export const HANDOFF_FORMAT_VERSION = 1;

/** Oracle allows at most 10 scopes per credential. */
export const MAX_PAIRS = 10;

const timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time such as 2025-01-31T09:30:00Z' });

const pairSchema = z
  .object({
    audience: z.string().min(1, 'the audience is empty').max(2048),
    scope: z.string().min(1, 'the scope is empty').max(2048),
    fullyQualifiedScope: z.string().max(4096),
  })
  .refine((pair) => pair.fullyQualifiedScope === fullyQualifiedScope(pair), {
    message: 'must be the audience immediately followed by the scope',
    path: ['fullyQualifiedScope'],
  });

const credentialSchema = z
  .object({
    name: z.string().min(1, 'the credential name is empty').max(256),
    description: z.string().max(4096),
    ocid: z.string().regex(CREDENTIAL_OCID, 'must be a credential OCID: ocid1.credential.<realm>..<unique id>'),
    realm: z.string().regex(/^[a-z][a-z0-9]{1,15}$/, 'must be a realm key such as oc1'),
    region: z.string().regex(REGION_ID, 'must be a region identifier such as us-ashburn-1'),
    identityDomain: z.string().min(1).max(256).optional(),
    /** The user the credential belongs to, when an administrator created it for someone else. */
    targetUser: z.string().min(1).max(256).optional(),
    pairs: z.array(pairSchema).min(1, 'a credential has at least one audience/scope pair').max(MAX_PAIRS),
    tokenEndpoint: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
    created: timestamp,
  })
  .refine((credential) => {
    const parsed = parseCredentialOcid(credential.ocid);
    return !parsed.ok || parsed.realm === credential.realm;
  }, { message: 'belongs to another realm than the credential', path: ['ocid'] });

const handoffSchema = z
  .object({
    created: timestamp,
    /** Advisory: age cannot enforce it, the recipient's page warns after it. */
    expires: timestamp.optional(),
    note: z.string().max(1000).optional(),
  })
  .refine((handoff) => handoff.expires === undefined || Date.parse(handoff.expires) > Date.parse(handoff.created), {
    message: 'must be later than the handoff creation time',
    path: ['expires'],
  });

export const handoffDocumentSchema = z.object({
  format: z.literal(HANDOFF_FORMAT),
  version: z.literal(HANDOFF_FORMAT_VERSION),
  credential: credentialSchema,
  secret: z.string().min(1, 'the secret is empty').max(1024),
  handoff: handoffSchema,
});

export type HandoffDocument = z.infer<typeof handoffDocumentSchema>;
export type HandoffCredential = HandoffDocument['credential'];
