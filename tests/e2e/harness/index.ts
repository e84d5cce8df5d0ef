// The end-to-end harness: a headless Chromium with the built extension, the replica Console served
// at real Console URLs, and helpers that drive it like a user. See tests/e2e/README.md.
export { launchBrowser, useBrowser, type LaunchedBrowser } from './launch';
export { openConsole, serveReplica, consoleUrl, REPLICA_PATHS, REPLICA_DOMAIN_OCID, type ReplicaQuery } from './serve-replica';
export { serviceFrame, replicaRecords, replicaEvents, waitForOcg, countOcg, type ReplicaRecord, type ReplicaEvent } from './frames';
export {
  openCredentialsList,
  openGeneratePanel,
  fillPanel,
  fieldsLabelled,
  fieldLabelled,
  clickGenerate,
  readSecretFromDialog,
  closeDialog,
  waitForCredentialRow,
  openCredentialDetails,
  readCredentialDetails,
  type DraftToType,
  type CredentialDetails,
} from './walk';
export { openExtensionPage } from './extension-pages';
export { extensionStorage, vaultItemIds, generateAndCapture, type ExtensionStorage } from './vault';
export { download } from './downloads';
export { accessibilityViolations } from './axe';
export { readPdf, type PdfContent } from './pdf-text';
export { collectConsole, type LoggedMessage } from './console-log';
export { EXTENSION_DIR, REPO_ROOT } from './paths';
