import type { ScopePair } from '../findings/finding';

// Oracle writes a fully qualified scope as the audience immediately followed by the scope, with no
// separator: `https://x.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all` or
// `https://x.integration.ocp.oraclecloud.com:443/ic/api/`. The token request and the oldest Generate
// panel use this form; the audience/scope pair is the credential's own form.

export function fullyQualifiedScope(pair: ScopePair): string {
  return pair.audience + pair.scope;
}

const URN_SCOPE = /urn:opc:/i;

/**
 * Splits a fully qualified scope back into its pair. A URN scope starts at `urn:opc:`; otherwise an
 * https audience ends at its authority (host and optional port) and the scope is the path that follows.
 * Returns undefined when the text has no recognisable audience.
 */
export function splitFullyQualifiedScope(text: string): ScopePair | undefined {
  const value = text.trim();
  const urnAt = value.search(URN_SCOPE);
  if (urnAt > 0) return { audience: value.slice(0, urnAt), scope: value.slice(urnAt) };
  const authority = /^https:\/\/[^/\s?#]+/i.exec(value);
  if (!authority || authority[0].length === value.length) return undefined;
  return { audience: authority[0], scope: value.slice(authority[0].length) };
}
