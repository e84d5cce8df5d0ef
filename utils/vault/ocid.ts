// A credential's OCID is its OAuth client id: `ocid1.credential.<realm>..<unique id>`. Credentials
// are global resources, so the region part between the two dots is empty. The realm key in the
// OCID must be the realm the credential was created in: an OCID from another realm is a mix-up.

export const CREDENTIAL_OCID = /^ocid1\.credential\.([a-z][a-z0-9]{1,15})\.\.([a-z0-9]{16,128})$/;

export type OcidCheck = { ok: true; ocid: string; realm: string } | { ok: false; error: string };

export function parseCredentialOcid(text: string): OcidCheck {
  const ocid = text.trim();
  if (!ocid.startsWith('ocid1.credential.')) {
    return { ok: false, error: 'An OAuth 2.0 client credential OCID starts with "ocid1.credential.".' };
  }
  const match = CREDENTIAL_OCID.exec(ocid);
  if (!match?.[1]) {
    return {
      ok: false,
      error: 'This is not a complete credential OCID: expected ocid1.credential.<realm>..<unique id> in lowercase letters and digits.',
    };
  }
  return { ok: true, ocid, realm: match[1] };
}

/** The credential's realm as far as it is known: the Console's, else its OCID's. */
export function credentialRealm(item: { context: { realm?: string }; ocid?: string }): string | undefined {
  if (item.context.realm) return item.context.realm;
  const parsed = item.ocid ? parseCredentialOcid(item.ocid) : undefined;
  return parsed?.ok ? parsed.realm : undefined;
}

/** Parses the OCID and requires its realm to be the credential's realm when that realm is known. */
export function checkOcidForRealm(text: string, realm: string | undefined): OcidCheck {
  const parsed = parseCredentialOcid(text);
  if (!parsed.ok || realm === undefined || parsed.realm === realm) return parsed;
  return {
    ok: false,
    error: `This OCID belongs to realm ${parsed.realm}, but the credential was created in realm ${realm}.`,
  };
}
