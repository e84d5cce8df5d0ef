import { CREDENTIAL_OCID } from '../vault/ocid';
import { CONSOLE_UI } from './selectors';

// The Console shows an OCID truncated, with Show and Copy; the full OCID sits in the meta label's
// `title` (and becomes its text after Show). Only a complete credential OCID counts: a truncated one
// ("ocid1.credential.oc1..aaaa…xyz") or another resource's OCID is not one.

export function readCredentialOcid(scope: ParentNode): string | undefined {
  for (const label of Array.from(scope.querySelectorAll(CONSOLE_UI.css.ocidContainer))) {
    for (const text of [label.getAttribute('title'), label.textContent]) {
      const ocid = text?.trim();
      if (ocid && CREDENTIAL_OCID.test(ocid)) return ocid;
    }
  }
  return undefined;
}
