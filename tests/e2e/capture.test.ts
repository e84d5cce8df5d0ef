import { useBrowser } from './harness';
import { captureTests } from './scenarios/capture';

// Capture of the one-time secret into the vault, in Chromium (Firefox: firefox/capture.test.ts).
captureTests(useBrowser());
