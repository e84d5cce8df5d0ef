import { readCredentialRows } from './credential-list';
import type { ConsoleViews } from './detect';

// The credentials the page shows with their complete OCID: rows of the credentials list and the
// details page. A row whose OCID is only shown truncated is left out (it cannot be attached).

export interface ShownCredential {
  name: string;
  ocid: string;
}

export function credentialsShown(views: Pick<ConsoleViews, 'credentialsList' | 'credentialDetails'>): ShownCredential[] {
  const rows = views.credentialsList ? readCredentialRows(views.credentialsList) : [];
  const details = views.credentialDetails;
  return [...rows, ...(details ? [details] : [])].flatMap(({ name, ocid }) => (ocid ? [{ name, ocid }] : []));
}
