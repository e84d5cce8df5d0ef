// Names of the files the pages offer for download. A credential name comes from the Console and
// may hold anything: only a safe, portable subset reaches a file name.

const FALLBACK = 'credential';

/** `orders-oic-rest` → `orders-oic-rest.age`; unsafe characters become `-`. */
export function packageFileName(credentialName: string): string {
  const safe = credentialName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${safe || FALLBACK}.age`;
}

/** The identity file of "Request a credential", dated so that several requests do not collide. */
export function identityFileName(created: Date): string {
  return `oci-credential-identity-${created.toISOString().slice(0, 10)}.txt`;
}
