import { useBrowser } from '../harness';
import { captureTests } from '../scenarios/capture';

// Capture of the one-time secret into the vault, in Firefox: the sealer runs in Firefox's
// content-script world, the vault in the MV2 background page.
captureTests(useBrowser({ browser: 'firefox' }));
