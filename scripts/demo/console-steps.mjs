import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
import { REPLICA_PATHS, consoleUrl } from '../../tests/e2e/harness/replica-server.mjs';

// The demo's steps in the (replica) Console: the realm banner, the scope assistant, Generate and
// capture. Each gets the walk's state (`demo`) and returns what to photograph: `{ page, region? }`.

/** A realm where the Console offers OAuth 2.0 client credentials (OC2, US Government), with its region in the host. */
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const LAYER = '#__root_layer_host';
const ASSISTANT = 'ocg-scope-assistant';
/** A preset whose scope is deliberately wide, so the assistant has a finding to show. */
const PRESET = { id: 'oic-integrations', values: { instance: 'orders-abcdefgh1234-ia' } };

/** Opens (or reopens) the Console page at `url` and waits until the list shows `shown`. */
async function showCredentialsList(demo, url, shown) {
  await demo.page.goto(url, { waitUntil: 'load' });
  const frame = await serviceFrame(demo.page);
  await frame.waitForSelector('button[aria-label="Generate OAuth 2.0 client credential"]');
  await frame.waitForSelector(shown);
  return { page: demo.page };
}

/** In the Console page: clicks `target` (a real click) and waits until `shown` is there. */
async function clickAndWait(demo, target, shown) {
  const frame = await serviceFrame(demo.page);
  await frame.locator(target).click();
  await frame.waitForSelector(shown, { timeout: 15_000 });
  return frame;
}

async function applyPreset(demo) {
  const frame = await clickAndWait(demo, 'button[aria-label="Generate OAuth 2.0 client credential"]', `${ASSISTANT}[data-state="ready"]`);
  await frame.locator(`${ASSISTANT} >>> button[data-preset-id="${PRESET.id}"]`).click();
  for (const [key, value] of Object.entries(PRESET.values)) await frame.locator(`${ASSISTANT} >>> #template-${key}`).fill(value);
  await frame.locator(`${ASSISTANT} >>> button[data-action="apply"]`).click();
  await frame.waitForSelector(`${ASSISTANT} >>> .notice ::-p-text(Filled the form)`);
  await frame.waitForSelector(`${ASSISTANT} >>> [data-finding-id]`);
  demo.credentialName = await frame.$eval(`${LAYER} input[aria-label="Name"]`, (field) => field.value);
  return { page: demo.page };
}

/**
 * Generate, then the secret dialog with our capture control. The Console shows the new secret in
 * clear; the demo masks that one field on screen (style only, its value untouched) because no
 * screenshot may show a secret. The secret is kept in `demo` for that check on later pages.
 */
async function generate(demo) {
  const frame = await clickAndWait(demo, `${LAYER} button::-p-text(Generate)`, 'ocg-capture[data-state="idle"]');
  const field = await frame.waitForSelector(`${LAYER} input[aria-label="Secret"]`);
  demo.secret = await field.evaluate((input) => {
    input.style.setProperty('-webkit-text-security', 'disc');
    return input.value;
  });
  return { page: demo.page };
}

async function capture(demo) {
  await clickAndWait(demo, 'ocg-capture >>> button', 'ocg-capture[data-state="captured"]');
  return { page: demo.page };
}

export const CONSOLE_STEPS = Object.freeze([
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
    name: 'oc2-credentials-list',
    caption: 'OC2 (US Government): the banner confirms they are available',
    run: (demo) =>
      showCredentialsList(demo, consoleUrl(HOST, REPLICA_PATHS.myCredentials), 'ocg-realm-banner[data-realm="oc2"][data-availability="available"]'),
  },
  {
    name: 'scope-assistant',
    caption: 'The Generate panel with the scope assistant: a preset filled the form, and its wide scope is a finding',
    docs: true,
    run: applyPreset,
  },
  {
    name: 'secret-dialog',
    caption: "The one-time secret dialog with the capture control (the demo masks the Console's secret field)",
    run: generate,
  },
  {
    name: 'captured',
    caption: 'After a click on Capture: the secret is sealed into the handoff vault',
    docs: true,
    run: capture,
  },
]);
