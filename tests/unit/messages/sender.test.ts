import { describe, expect, it } from 'vitest';
import { classifySender, senderPage, type SenderInfo } from '@/utils/messages/sender';

const extension = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const page = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/handoff.html?item=1';
const consoleUrl = 'https://cloud.oracle.com/identity/domains/my-profile';

describe('classifySender', () => {
  it.each<[string, SenderInfo, ReturnType<typeof classifySender>]>([
    ['the popup (no tab)', { id: extension.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' }, 'extension-page'],
    ['the handoff page in its own tab', { id: extension.id, url: page, tab: { url: page } }, 'extension-page'],
    ['an extension page whose tab URL is hidden', { id: extension.id, url: page, tab: {} }, 'extension-page'],
    ['an extension page with a matching origin', { id: extension.id, url: page, origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }, 'extension-page'],
    ['our page framed inside a web page', { id: extension.id, url: page, tab: { url: consoleUrl } }, 'unknown'],
    ['an extension URL with a foreign origin', { id: extension.id, url: page, origin: 'https://cloud.oracle.com' }, 'unknown'],
    ['the content script in a Console tab', { id: extension.id, url: consoleUrl, tab: { url: consoleUrl } }, 'content-script'],
    ['the content script in a Console iframe', { id: extension.id, url: 'https://cloud.oracle.com/maui-preact/sandbox.html', tab: { url: consoleUrl } }, 'content-script'],
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/page.html' }, 'unknown'],
    ['another extension claiming our page URL', { id: 'someoneelse', url: page }, 'unknown'],
    ['no sender id', { url: page }, 'unknown'],
    ['a content script on a plain-http page', { id: extension.id, url: 'http://cloud.oracle.com/', tab: { url: 'http://cloud.oracle.com/' } }, 'unknown'],
    ['a web URL without a tab', { id: extension.id, url: consoleUrl }, 'unknown'],
    ['a look-alike extension URL', { id: extension.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnopX/popup.html' }, 'unknown'],
  ])('%s', (_label, sender, kind) => {
    expect(classifySender(sender, extension)).toBe(kind);
  });

  it('recognises Firefox extension pages by their moz-extension base URL', () => {
    const firefox = { id: 'credential-guard@oci-credential-guard.dev', baseUrl: 'moz-extension://2b7c1e9a-5d1f-4d7e-9a43-0c2f6f1d8e11/' };
    expect(classifySender({ id: firefox.id, url: `${firefox.baseUrl}popup.html` }, firefox)).toBe('extension-page');
    expect(classifySender({ id: firefox.id, url: 'moz-extension://00000000-0000-0000-0000-000000000000/popup.html' }, firefox)).toBe('unknown');
  });
});

describe('senderPage', () => {
  it.each<[string, SenderInfo, string | undefined]>([
    ['the handoff page, query dropped', { id: extension.id, url: page }, 'handoff.html'],
    ['the popup', { id: extension.id, url: `${extension.baseUrl}popup.html#x` }, 'popup.html'],
    ['a page in a folder', { id: extension.id, url: `${extension.baseUrl}pages/a.html` }, 'pages/a.html'],
    ['the content script', { id: extension.id, url: consoleUrl, tab: { url: consoleUrl } }, undefined],
    ['another extension claiming our page URL', { id: 'someoneelse', url: page }, undefined],
    ['our page framed inside a web page', { id: extension.id, url: page, tab: { url: consoleUrl } }, undefined],
  ])('%s', (_label, sender, expected) => {
    expect(senderPage(sender, extension)).toBe(expected);
  });
});
