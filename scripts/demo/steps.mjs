import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
import { REPLICA_PATHS, consoleUrl } from '../../tests/e2e/harness/replica-server.mjs';

// The demo's walk through the Console flow, one step per screenshot. A step gets the walk's state
// (`demo`: the browser, the extension id, the Console page) and returns the page to photograph.
// To show a new feature, add a step here (or a wait to an existing one).

const DRAFT = {
  name: 'orders-oic-rest',
  description: 'Orders integration calls Oracle Integration REST',
  audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443',
  // A broad scope on purpose: the scope assistant has something to say about it.
  scope: 'urn:opc:resource:consumer::all',
};
const LAYER = '#__root_layer_host';

/** Opens (or reopens) the Console page at `url` and waits until the list shows `shown`. */
async function showCredentialsList(demo, url, shown) {
  await demo.page.goto(url, { waitUntil: 'load' });
  const frame = await serviceFrame(demo.page);
  await frame.waitForSelector('button[aria-label="Generate OAuth 2.0 client credential"]');
  await frame.waitForSelector(shown);
  return demo.page;
}

/** In the Console page: clicks `target` (a real click), then `andThen(frame)` if given, and waits until `shown` is there. */
async function clickAndWait(demo, target, shown, andThen) {
  const frame = await serviceFrame(demo.page);
  await frame.locator(target).click();
  await andThen?.(frame);
  await frame.waitForSelector(shown, { timeout: 10_000 });
  return demo.page;
}

async function fillDraft(frame) {
  await frame.locator(`${LAYER} input[aria-label="Name"]`).fill(DRAFT.name);
  await frame.locator(`${LAYER} textarea[aria-label="Description"]`).fill(DRAFT.description);
  await frame.locator(`${LAYER} input[aria-label="Audience"]`).fill(DRAFT.audience);
  await frame.locator(`${LAYER} input[aria-label="Scope"]`).fill(DRAFT.scope);
}

export const DEMO_STEPS = Object.freeze([
  {
    name: 'oc1-credentials-list',
    caption: 'OC1 (cloud.oracle.com): the realm banner warns that OAuth 2.0 client credentials are unavailable',
    run: (demo) =>
      showCredentialsList(
        demo,
        consoleUrl('cloud.oracle.com', REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1' }),
        'ocg-realm-banner[data-realm="oc1"][data-availability="unavailable"]',
      ),
  },
  {
    name: 'oc10-credentials-list',
    caption: 'OC10 (oc10.cloud.oracle.com): the banner confirms they are available',
    run: (demo) =>
      showCredentialsList(
        demo,
        consoleUrl('oc10.cloud.oracle.com', REPLICA_PATHS.myCredentials),
        'ocg-realm-banner[data-realm="oc10"][data-availability="available"]',
      ),
  },
  {
    name: 'generate-panel',
    caption: 'The Generate panel, filled in (the banner moves into it)',
    run: (demo) =>
      clickAndWait(demo, 'button[aria-label="Generate OAuth 2.0 client credential"]', `${LAYER} [role="dialog"] ocg-realm-banner`, fillDraft),
  },
  {
    name: 'secret-dialog',
    caption: 'The one-time secret dialog with the capture control',
    run: (demo) => clickAndWait(demo, `${LAYER} button::-p-text(Generate)`, 'ocg-capture[data-state="idle"]'),
  },
  {
    name: 'captured',
    caption: 'After a click on Capture: the secret is sealed into the handoff vault',
    run: (demo) => clickAndWait(demo, 'ocg-capture >>> button', 'ocg-capture[data-state="captured"]'),
  },
  {
    name: 'popup',
    caption: 'The extension popup lists the captured credential, awaiting handoff',
    async run(demo) {
      const popup = await demo.browser.newPage();
      await popup.setViewport({ width: 420, height: 560 });
      await popup.goto(`chrome-extension://${demo.extensionId}/popup.html`, { waitUntil: 'load' });
      await popup.waitForSelector(`::-p-text(${DRAFT.name})`);
      return popup;
    },
  },
]);
