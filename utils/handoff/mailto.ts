import type { PackageProtection } from './age';
import { HandoffError } from './errors';

// "Compose email": a mailto: URL that opens the user's mail program with the package and the
// instructions to open it. Never the passphrase: the input has no place for one, and the text tells
// the recipient it comes by another channel.

/**
 * Longest mailto: URL we hand to the browser. Windows' URL handler and Outlook cut or refuse
 * mailto: URLs past about 2 KB (2083 characters in the old Internet Explorer limit every client
 * copied), so 2000 is the common safe bound; past it the body says the package is attached.
 */
export const MAILTO_SAFE_LENGTH = 2000;

export interface HandoffEmailInput {
  credentialName: string;
  armoredPackage: string;
  /** The downloaded `.age` file's name, for when the package does not fit in the body. */
  fileName: string;
  protection: PackageProtection;
  /** The recipient's address, when known. */
  to?: string;
  /** For tests; MAILTO_SAFE_LENGTH otherwise. */
  maxLength?: number;
}

export interface HandoffEmail {
  url: string;
  packageInBody: boolean;
  /** When the package is not in the body: the file the user must attach before sending. */
  attachFileName?: string;
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function composeHandoffEmail(input: HandoffEmailInput): HandoffEmail {
  const to = input.to?.trim() ?? '';
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws): no address has one.
  if (to !== '' && (!ADDRESS.test(to) || !to.isWellFormed())) {
    throw new HandoffError('invalid-email-address', 'The recipient’s email address is not valid: expected name@example.com.');
  }
  // The name comes from the Console page: controls would break the subject line, and a lone
  // surrogate would make encodeURIComponent throw.
  const name = input.credentialName.toWellFormed().replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim();
  const subject = `OAuth 2.0 client credential "${name}" (encrypted)`;
  const inline = mailtoUrl(to, subject, emailBody(input, name, true));
  if (inline.length <= (input.maxLength ?? MAILTO_SAFE_LENGTH)) return { url: inline, packageInBody: true };
  return { url: mailtoUrl(to, subject, emailBody(input, name, false)), packageInBody: false, attachFileName: input.fileName };
}

// Short on purpose: in a mailto: URL every space costs three characters, and a one-pair package
// (about 1 400 armored characters) should still fit in the body.
function emailBody(input: HandoffEmailInput, name: string, packageInBody: boolean): string {
  const file = input.fileName;
  const byPassphrase = input.protection === 'passphrase';
  const command = byPassphrase ? `age -d ${file} | jq` : `age -d -i your-identity.txt ${file} | jq`;
  const lines = [
    packageInBody
      ? `OAuth 2.0 client credential "${name}", encrypted with age (age-encryption.org).`
      : `OAuth 2.0 client credential "${name}", encrypted with age (age-encryption.org), attached as ${file}.`,
    packageInBody
      ? `Open it in OCI Credential Guard (Open a package), or save the block below as ${file} and run: ${command}`
      : `Open it in OCI Credential Guard (Open a package), or run: ${command}`,
    byPassphrase ? 'The passphrase comes separately, never by email.' : 'Use the identity file you saved when you requested the credential.',
  ];
  if (packageInBody) lines.push('', ...input.armoredPackage.trimEnd().split(/\r?\n/));
  // RFC 6068: line breaks in a mailto: body are CRLF.
  return lines.join('\r\n');
}

function mailtoUrl(to: string, subject: string, body: string): string {
  // RFC 6068: `@` may stay literal in the address; everything else is percent-encoded.
  const address = encodeURIComponent(to).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
