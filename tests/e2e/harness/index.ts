// The end-to-end harness: a headless Chromium or Firefox with the built extension, the replica
// Console served at real Console URLs, and helpers that drive it like a user. See tests/e2e/README.md.
// The *.mjs modules (launching, serving the replica, frames, paths) are plain JS typed by *.d.mts,
// shared with scripts/bench and scripts/demo.
export { launchBrowser, type LaunchedBrowser, type LaunchOptions } from './launch-browser.mjs';
export { useBrowser } from './launch';
export { browserKind, type BrowserKind } from './browser-kind.mjs';
export { firefoxAddonId } from './launch-firefox.mjs';
export { serveReplica, consoleUrl, REPLICA_PATHS, REPLICA_DOMAIN_OCID, type ServedDocuments } from './replica-server.mjs';
export { openConsole, type ReplicaQuery } from './serve-replica';
export { serviceFrame, countOcg } from './page-frames.mjs';
export { replicaRecords, replicaEvents, waitForOcg, type ReplicaRecord, type ReplicaEvent } from './frames';
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
  generateCredential,
  type DraftToType,
  type CredentialDetails,
} from './walk';
export { openExtensionPage } from './extension-pages';
export { evaluateInExtension, readExtensionStorage, type ExtensionStorage } from './extension-storage';
export { extensionWorker, stopServiceWorker, extensionStorage, extensionIndexedDb, setLocalPolicy, badgeText } from './extension-state';
export { axeViolations } from './a11y';
export {
  ASSISTANT,
  waitForAssistant,
  openPanelWithAssistant,
  inAssistant,
  shownFindings,
  waitForNotice,
  applyPreset,
  pasteInto,
  type ShownFinding,
} from './assistant';
export { vaultItemIds, generateAndCapture } from './vault';
export { download } from './downloads';
export { accessibilityViolations } from './axe';
export { readPdf, type PdfContent } from './pdf-text';
export { collectConsole, type LoggedMessage } from './console-log';
export { vaultItemKeys } from './storage';
export { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, REPO_ROOT } from './paths.mjs';
export { readLocalStorage, writeLocalStorage, removeLocalStorage, readManagedStorage, storedAuditRecords, type ExtensionContext } from './extension-storage';
export { openOptions, waitForPolicyRow, importPolicyText, importPolicyFile, importOutcome, type PolicyRowSeen } from './options-page';
export { copyWithFixedId, extensionIdFor, type FixedIdExtension } from './fixed-id-extension';
export { managedPolicyDir, whyNoManagedPolicy, managedPolicyFile, type ManagedPolicyFile } from './managed-policy';
export { captureSecret } from './vault-flow';
export { watchExtensionRequests, type ExtensionRequest, type RequestWatch } from './extension-requests';
export { focusedControl, tabTo, type FocusedControl } from './keyboard';
export { inColorSchemes } from './color-schemes';
