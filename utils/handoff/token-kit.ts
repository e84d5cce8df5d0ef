import type { HandoffDocument } from './package-schema';

// What the recipient needs for Oracle's token request, from an opened package: client id (the
// OCID), secret, fully qualified scopes, token endpoint, and a curl command. The command refers to
// the secret through an environment variable, so the secret never lands in shell history.

export const SECRET_VARIABLE = 'OCI_CLIENT_SECRET';

/** Reads the secret without echoing it and without writing it to the history file. */
export const SET_SECRET_COMMAND = `printf 'Client secret: '; IFS= read -rs ${SECRET_VARIABLE}; echo; export ${SECRET_VARIABLE}`;

export interface TokenKit {
  /** The OAuth client id: the credential's OCID. */
  clientId: string;
  secret: string;
  /** Fully qualified scopes (audience + scope), one per pair. */
  scopes: string[];
  tokenEndpoint: string;
  /** POSIX shell; run SET_SECRET_COMMAND first. */
  curlCommand: string;
}

export function buildTokenKit(document: HandoffDocument): TokenKit {
  const { credential } = document;
  const scopes = credential.pairs.map((pair) => pair.fullyQualifiedScope);
  const curlCommand = [
    `curl -sS -X POST ${shellQuote(credential.tokenEndpoint)}`,
    // Double quotes so the shell expands the variable; the OCID is only [a-z0-9.].
    `--user "${credential.ocid}:$${SECRET_VARIABLE}"`,
    '-d grant_type=client_credentials',
    ...scopes.map((scope) => `--data-urlencode ${shellQuote(`scope=${scope}`)}`),
  ].join(' \\\n  ');
  return { clientId: credential.ocid, secret: document.secret, scopes, tokenEndpoint: credential.tokenEndpoint, curlCommand };
}

/** Single quotes keep every character literal; a single quote itself is closed, escaped and reopened. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
