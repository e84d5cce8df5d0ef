// The end-to-end harness: a headless Chromium with the built extension, the replica Console served
// at real Console URLs, and helpers that drive it like a user. See tests/e2e/README.md.
// chromium.mjs, replica-server.mjs and paths.mjs are plain JS, shared with scripts/bench and scripts/demo.
export { launchBrowser, type LaunchedBrowser } from './chromium.mjs';
export { useBrowser } from './launch';
export { serveReplica, consoleUrl, REPLICA_PATHS, REPLICA_DOMAIN_OCID } from './replica-server.mjs';
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
  type DraftToType,
  type CredentialDetails,
} from './walk';
export { openExtensionPage } from './extension-pages';
export { collectConsole, type LoggedMessage } from './console-log';
export { EXTENSION_DIR, REPO_ROOT } from './paths.mjs';
