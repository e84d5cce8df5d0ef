import { decryptPackage, encryptPackage, type DecryptWith, type EncryptedPackage, type EncryptTo } from './age';
import { parseHandoffDocument, serializeHandoffDocument } from './package';
import type { HandoffDocument } from './package-schema';

// The two calls a handoff page needs: document → encrypted package, and package → document.

export function sealHandoffPackage(document: HandoffDocument, to: EncryptTo): Promise<EncryptedPackage> {
  return encryptPackage(serializeHandoffDocument(document), to);
}

export async function openHandoffPackage(input: string | Uint8Array, key: DecryptWith): Promise<HandoffDocument> {
  return parseHandoffDocument(await decryptPackage(input, key));
}
