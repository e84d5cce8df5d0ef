import type { z } from 'zod';
import type { ScopePair } from '../findings/finding';
import { tokenEndpoint } from '../realm/token-endpoint';
import { fullyQualifiedScope } from '../scopes/fully-qualified';
import { HandoffError } from './errors';
import { HANDOFF_FORMAT, HANDOFF_FORMAT_VERSION, handoffDocumentSchema, type HandoffDocument } from './package-schema';

// Builds and reads the JSON document inside a handoff package. Both directions go through the same
// schema, so the extension never writes a package it would refuse to open.

export interface HandoffInput {
  credential: {
    name: string;
    description: string;
    ocid: string;
    realm: string;
    region: string;
    identityDomain?: string;
    targetUser?: string;
    pairs: readonly ScopePair[];
    /** When the Console generated the credential (a Date or epoch milliseconds). */
    created: Date | number;
    /** Used only when the realm table does not know the realm or region. */
    tokenEndpoint?: string;
  };
  secret: string;
  expires?: Date | number;
  note?: string;
  /** The handoff's creation time; now by default. */
  now?: Date;
}

export function buildHandoffDocument(input: HandoffInput): HandoffDocument {
  const { credential } = input;
  const endpoint = tokenEndpoint(credential.realm, credential.region) ?? credential.tokenEndpoint;
  if (endpoint === undefined) {
    throw new HandoffError(
      'unknown-token-endpoint',
      `The token endpoint of region ${credential.region} in realm ${credential.realm} is not known: enter it to build the package.`,
    );
  }
  const candidate = {
    format: HANDOFF_FORMAT,
    version: HANDOFF_FORMAT_VERSION,
    credential: {
      name: credential.name,
      description: credential.description,
      ocid: credential.ocid,
      realm: credential.realm,
      region: credential.region,
      identityDomain: credential.identityDomain,
      targetUser: credential.targetUser,
      pairs: credential.pairs.map((pair) => ({
        audience: pair.audience,
        scope: pair.scope,
        fullyQualifiedScope: fullyQualifiedScope(pair),
      })),
      tokenEndpoint: endpoint,
      created: isoTime(credential.created),
    },
    secret: input.secret,
    handoff: {
      created: (input.now ?? new Date()).toISOString(),
      expires: input.expires === undefined ? undefined : isoTime(input.expires),
      note: input.note,
    },
  };
  return validate(candidate);
}

/** Compact JSON: the package should stay small enough for an email body or a QR code. */
export function serializeHandoffDocument(document: HandoffDocument): string {
  return JSON.stringify(document);
}

export function parseHandoffDocument(text: string): HandoffDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the text, which may be the secret: never pass it on.
    throw new HandoffError('not-json', 'The package opened, but what it holds is not JSON: it is not an OCI Credential Guard handoff package.');
  }
  if (!isRecord(value) || value.format !== HANDOFF_FORMAT) {
    throw new HandoffError(
      'not-a-handoff-package',
      `The package opened, but it does not hold an OCI Credential Guard handoff package (no "format": "${HANDOFF_FORMAT}").`,
    );
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > HANDOFF_FORMAT_VERSION) {
    throw new HandoffError(
      'newer-version',
      `This package was made by a newer version of OCI Credential Guard (format version ${version}; this version reads up to ${HANDOFF_FORMAT_VERSION}). Update the extension to open it.`,
    );
  }
  return validate(value);
}

function validate(candidate: unknown): HandoffDocument {
  const result = handoffDocumentSchema.safeParse(candidate);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new HandoffError('invalid-field', issue ? `Invalid field ${fieldPath(issue.path)}: ${issue.message}.` : 'Invalid handoff package.');
}

/** `credential.pairs[0].audience`: the path a reader of docs/handoff-format.md recognises. */
function fieldPath(path: z.core.$ZodIssue['path']): string {
  if (path.length === 0) return '(document)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function isoTime(time: Date | number): string {
  const date = new Date(time);
  // An invalid date would throw in toISOString with a RangeError that names no field.
  return Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
