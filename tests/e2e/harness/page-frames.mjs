// Where things are in a Console page: the frame running the service page, and the extension's own
// `ocg-*` elements in any frame. Plain JS, shared by the e2e harness (frames.ts), the bench and the
// demo; typed by page-frames.d.mts.
/* global document -- in functions evaluated in the page */

/** The frame that runs the service page: the sandbox iframe if there is one, else the main frame. */
export async function serviceFrame(page) {
  const root = await page.waitForSelector('iframe#sandbox-maui-preact-container, #__root_layer_host');
  const frame = root && (await root.evaluate((el) => el.localName === 'iframe')) ? await root.contentFrame() : page.mainFrame();
  await root?.dispose();
  if (!frame) throw new Error('The service iframe has no frame (detached?).');
  await frame.waitForSelector('#__root_layer_host');
  return frame;
}

/** Every `ocg-*` element in all frames, with its data-* values. */
export async function ocgElements(page) {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() =>
          Array.from(document.querySelectorAll('*'))
            .filter((el) => el.localName.startsWith('ocg-'))
            .map((el) => ({ tag: el.localName, data: { ...el.dataset } })),
        )
        // A frame detached while we looked holds nothing of ours.
        .catch(() => []),
    ),
  );
  return perFrame.flat();
}

/** How many `ocg-*` elements there are, in all frames. */
export async function countOcg(page) {
  return (await ocgElements(page)).length;
}
