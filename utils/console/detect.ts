import { findCredentialDetails, type CredentialDetails } from './credential-details';
import { findCredentialsList, type CredentialsList } from './credential-list';
import { findGeneratePanel, type GeneratePanel } from './generate-panel';
import { findSecretDialog, type SecretDialog } from './secret-dialog';

// Page detection in one call: which credentials views the document shows right now. Each finder
// takes a Document or an Element and returns a typed handle, or null when the view is not there.

export { findCredentialDetails, findCredentialsList, findGeneratePanel, findSecretDialog };
export type { CredentialDetails, CredentialsList, GeneratePanel, SecretDialog };
export type { PanelRow, PanelVariant } from './generate-panel';

export interface ConsoleViews {
  credentialsList: CredentialsList | null;
  generatePanel: GeneratePanel | null;
  secretDialog: SecretDialog | null;
  credentialDetails: CredentialDetails | null;
}

export function detectConsoleViews(doc: Document): ConsoleViews {
  return {
    credentialsList: findCredentialsList(doc),
    generatePanel: findGeneratePanel(doc),
    secretDialog: findSecretDialog(doc),
    credentialDetails: findCredentialDetails(doc),
  };
}
