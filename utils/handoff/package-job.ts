import type { DecryptWith, EncryptedPackage, EncryptTo } from './age';
import { HANDOFF_ERROR_KINDS, HandoffError, type HandoffErrorKind } from './errors';
import type { HandoffDocument } from './package-schema';
import { qrSymbol, type QrSymbol } from './qr';
import { openHandoffPackage, sealHandoffPackage } from './seal';

// Sealing and opening a package as a job that crosses a Worker boundary: plain data in, plain data
// out. An Error does not survive structured cloning with its class and fields, so a failure travels
// as { kind, message } and is rebuilt on the page into the HandoffError it was.

/**
 * A sealed package and the print sheet's QR code of its armor (undefined when it is too large for
 * one), made together in the worker: encoding a 2 kB package as a QR code takes tens of ms, a long
 * frame if the page did it when the package arrives.
 */
export interface SealedPackage {
  sealed: EncryptedPackage;
  qr: QrSymbol | undefined;
}

export type PackageJob =
  | { op: 'seal'; document: HandoffDocument; to: EncryptTo }
  | { op: 'open'; input: string | Uint8Array; key: DecryptWith };

/** A failure as it crosses the boundary; `internal` is anything that is not a HandoffError. */
export interface WireError {
  kind: HandoffErrorKind | 'internal';
  message: string;
}

export type PackageJobReply =
  | ({ ok: true; op: 'seal' } & SealedPackage)
  | { ok: true; op: 'open'; document: HandoffDocument }
  | { ok: false; error: WireError };

export async function runPackageJob(job: PackageJob): Promise<PackageJobReply> {
  try {
    if (job.op === 'seal') {
      const sealed = await sealHandoffPackage(job.document, job.to);
      return { ok: true, op: 'seal', sealed, qr: qrSymbol(sealed.armored) };
    }
    return { ok: true, op: 'open', document: await openHandoffPackage(job.input, job.key) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

export function toWireError(error: unknown): WireError {
  if (error instanceof HandoffError) return { kind: error.kind, message: error.message };
  // Not ours, so its message is unknown ground: it could quote plaintext. Only its class goes out.
  const name = error instanceof Error ? error.name : typeof error;
  return { kind: 'internal', message: `Something went wrong inside the encryption worker (${name}). Try again; if it persists, report it.` };
}

const KINDS: ReadonlySet<string> = new Set(HANDOFF_ERROR_KINDS);

/** The HandoffError that was thrown in the worker (or a plain Error for `internal` and anything malformed). */
export function fromWireError(wire: unknown): Error {
  const { kind, message } = (typeof wire === 'object' && wire !== null ? wire : {}) as Partial<Record<keyof WireError, unknown>>;
  const text = typeof message === 'string' && message !== '' ? message : 'The encryption worker failed without saying why.';
  return typeof kind === 'string' && KINDS.has(kind) ? new HandoffError(kind as HandoffErrorKind, text) : new Error(text);
}
