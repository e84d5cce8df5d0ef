// What the bench does inside the replica Console's service page. Each export is a self-contained
// function for `frame.evaluate` (it runs in the page's main world, like the Console's own code, and
// cannot see this module), so they repeat small DOM helpers instead of sharing them.
/* global window, document, top, Element, MutationObserver, addEventListener, requestAnimationFrame, requestIdleCallback */

/**
 * Watches the service document: for every `ocg-*` element added, the page clock at that moment; for
 * every panel or dialog the replica inserts into the layer host, the page clock at the next frame
 * (after every animation-frame callback registered before it, the extension's included).
 */
export function recordHosts() {
  if (window.__benchHosts) return;
  const added = [];
  const frames = [];
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const el of [node, ...node.querySelectorAll('*')]) if (el.localName.startsWith('ocg-')) added.push({ tag: el.localName, t: now });
        if (node.getAttribute('role') === 'dialog' && node.parentElement?.id === '__root_layer_host') {
          requestAnimationFrame(() => frames.push({ seenAt: now, frameAt: performance.now() }));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
  window.__benchHosts = { added, frames };
}

/**
 * Opens the Generate panel (`step: 'panel'`, from the list) or, with it filled in, clicks Generate
 * until the secret dialog shows (`step: 'dialog'`), the way the Console's own scripts would (no
 * trusted input needed). Resolves with the replica's insertion time, when each host in `tags` was
 * added after it (null if not within `timeoutMs`), and when the next frame began.
 */
export async function openAndTime(step, tags, timeoutMs) {
  const layer = document.getElementById('__root_layer_host');
  const started = performance.now();
  const until = async (read) => {
    for (let waited = 0; waited < timeoutMs; waited += 5) {
      const value = read();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return undefined;
  };
  const type = (label, value) => {
    const field = layer.querySelector(`[aria-label="${label}"]`);
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const buttonNamed = (root, name) => Array.from(root.querySelectorAll('button')).find((button) => button.textContent.trim() === name);
  if (step === 'panel') {
    buttonNamed(document.querySelector('main'), 'Generate OAuth 2.0 client credential').click();
  } else {
    type('Name', `bench-${Math.round(started)}`);
    type('Audience', 'https://oicbench-idq7w2.integration.ocp.oraclecloud.com:443');
    type('Scope', '/ic/api/');
    buttonNamed(layer, 'Generate').click();
  }
  const event = step === 'panel' ? 'panel-open' : 'dialog-open';
  const insertedAt = await until(() => window.__replica.events.find((entry) => entry.type === event && entry.t >= started)?.t);
  if (insertedAt === undefined) throw new Error(`The replica did not record ${event} within ${timeoutMs} ms.`);
  const hosts = {};
  for (const tag of tags) {
    hosts[tag] = (await until(() => window.__benchHosts.added.find((entry) => entry.tag === tag && entry.t >= insertedAt)?.t)) ?? null;
  }
  const frameAt = (await until(() => window.__benchHosts.frames.find((entry) => entry.seenAt >= insertedAt)?.frameAt)) ?? null;
  return { insertedAt, hosts, frameAt };
}

/**
 * Closes the secret dialog and waits until it is gone and the list offers Generate again, and two
 * frames more (the extension has moved its banner back), so that the next opening is timed from a
 * settled page. An uncaptured secret's first Close only brings the extension's warning (policy
 * vault.captureBeforeClose "warn"); Close again then goes through, as it does for a user.
 */
export async function closeSecretDialog(timeoutMs) {
  const layer = document.getElementById('__root_layer_host');
  const buttonNamed = (root, name) => Array.from(root?.querySelectorAll('button') ?? []).find((button) => button.textContent.trim() === name);
  const dialogOpen = () => layer.querySelector(':scope > [role="dialog"]') !== null;
  const messageOf = () => layer.querySelector('ocg-capture')?.dataset.message;
  const messageAtClose = messageOf();
  const warned = () => messageOf() !== messageAtClose;
  buttonNamed(layer, 'Close').click();
  let closedTwice = false;
  for (let waited = 0; waited < timeoutMs; waited += 5) {
    if (dialogOpen() && warned() && !closedTwice) {
      buttonNamed(layer, 'Close').click();
      closedTwice = true;
    }
    if (!dialogOpen() && buttonNamed(document.querySelector('main'), 'Generate OAuth 2.0 client credential')) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`The secret dialog did not close, or the list did not come back, within ${timeoutMs} ms of Close.`);
}

/**
 * Arms a one-shot probe for capture: the timestamp of the next click that reaches <ocg-capture>
 * (a trusted click's `timeStamp`, on the page clock) and the page clock when its data-state turns
 * `captured`. Read it with `readCaptureProbe`.
 */
export function armCaptureProbe() {
  const probe = { clickAt: null, capturedAt: null };
  window.__benchCapture = probe;
  const done = new AbortController();
  addEventListener(
    'click',
    (event) => {
      if (probe.clickAt === null && event.target.localName === 'ocg-capture') probe.clickAt = event.timeStamp;
    },
    { capture: true, signal: done.signal },
  );
  const observer = new MutationObserver(() => {
    if (document.querySelector('ocg-capture[data-state="captured"]')) {
      probe.capturedAt = performance.now();
      observer.disconnect();
      done.abort();
    }
  });
  observer.observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
}

/** The capture probe once it has both times (or after `timeoutMs`): `{ clickAt, capturedAt, state }`. */
export async function readCaptureProbe(timeoutMs) {
  for (let waited = 0; waited < timeoutMs && window.__benchCapture.capturedAt === null; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { ...window.__benchCapture, state: document.querySelector('ocg-capture')?.dataset.state ?? null };
}

/** Installed before a page loads (top window only): the page clock at the first idle period of 50 ms after `load`. */
export function recordIdleAfterLoad() {
  if (window !== top) return;
  window.__benchIdleAt = new Promise((resolve) => {
    addEventListener('load', () => {
      const check = (deadline) => (deadline.timeRemaining() >= 49 ? resolve(performance.now()) : requestIdleCallback(check));
      requestIdleCallback(check);
    });
  });
}
