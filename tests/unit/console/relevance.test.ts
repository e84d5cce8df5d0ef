import { afterEach, describe, expect, it } from 'vitest';
import { foundViews, isRelevantBatch, NONE_FOUND, type FoundViews } from '@/utils/console/relevance';
import { detectConsoleViews } from '@/utils/console/detect';

/** The records `mutate` makes on `document.body`'s page, as the content script's observer gets them. */
function recordsOf(mutate: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

const el = (html: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
};
const $ = (selector: string) => document.querySelector(selector)!;

const PAGE = `
  <main>
    <section id="list"><h1>OAuth 2.0 client credentials</h1><table><tbody id="rows"></tbody></table></section>
    <ul id="feed"><li><span>work-request-1</span></li></ul>
    <div id="plain"><span id="label-text"></span></div>
    <ocg-realm-banner id="ours"></ocg-realm-banner>
  </main>
  <div id="__root_layer_host"></div>`;

afterEach(() => document.body.replaceChildren());

describe('isRelevantBatch', () => {
  const cases: { change: string; mutate: () => void; found?: () => FoundViews; relevant: boolean }[] = [
    { change: 'a feed item of spans added', mutate: () => $('#feed').append(el('<li><span>a</span><span>b</span></li>')), relevant: false },
    { change: 'a feed item removed', mutate: () => $('#feed li').remove(), relevant: false },
    { change: 'text added in a plain element', mutate: () => $('#plain').append('late text'), relevant: false },
    { change: 'a plain div with a heading inside added', mutate: () => $('main').append(el('<div><div><h2>Anything</h2></div></div>')), relevant: true },
    { change: 'a dialog added', mutate: () => document.body.append(el('<div role="dialog"></div>')), relevant: true },
    { change: 'a table row added to the list', mutate: () => $('#rows').append(el('<tr><td>name</td></tr>')), relevant: true },
    { change: 'a button added', mutate: () => $('#plain').append(el('<button>Generate</button>')), relevant: true },
    { change: 'a field added', mutate: () => $('#plain').append(el('<span><input type="text"></span>')), relevant: true },
    { change: 'a label added', mutate: () => $('#plain').append(el('<label>Name</label>')), relevant: true },
    { change: 'an OCID container added', mutate: () => $('#plain').append(el('<div data-test-id="jet-meta-label-1-text-container"></div>')), relevant: true },
    { change: 'text added in a heading', mutate: () => $('h1').append(' (3)'), relevant: true },
    { change: 'anything added in the layer host', mutate: () => $('#__root_layer_host').append(el('<div><span>x</span></div>')), relevant: true },
    { change: 'the layer host itself added', mutate: () => document.body.append(el('<div id="__root_layer_host"></div>')), relevant: true },
    { change: 'a heading removed', mutate: () => $('h1').remove(), relevant: true },
    { change: 'our own host added', mutate: () => $('#list').append(document.createElement('ocg-capture')), relevant: false },
    { change: 'our own host removed', mutate: () => $('#ours').remove(), relevant: false },
    { change: 'a button added inside our own host', mutate: () => $('#ours').append(el('<button>Dismiss</button>')), relevant: false },
    {
      change: 'text added inside a panel found before, in a plain element',
      mutate: () => $('#label-text').append('Name'),
      found: () => ({ shown: [$('#plain')], watchedInside: [$('#plain')] }),
      relevant: true,
    },
    {
      change: 'a feed item added while a view found before left the page',
      mutate: () => {
        $('#list').remove();
        $('#feed').append(el('<li><span>a</span></li>'));
      },
      found: () => ({ shown: [$('#list')], watchedInside: [] }),
      relevant: true,
    },
  ];

  it.each(cases)('$change → relevant: $relevant', ({ mutate, found, relevant }) => {
    document.body.innerHTML = PAGE;
    const views = found?.() ?? NONE_FOUND;
    expect(isRelevantBatch(recordsOf(mutate), views)).toBe(relevant);
  });

  it('is not relevant for an empty batch with every view still in the page', () => {
    document.body.innerHTML = PAGE;
    expect(isRelevantBatch([], { shown: [$('#list')], watchedInside: [] })).toBe(false);
  });
});

describe('foundViews', () => {
  it('watches inside the panel and the dialog; every view counts for leaving the page', () => {
    document.body.innerHTML = PAGE;
    const views = { ...detectConsoleViews(document) };
    expect(foundViews(views)).toEqual({ shown: [views.credentialsList?.element], watchedInside: [] });
    expect(foundViews({ credentialsList: null, generatePanel: null, secretDialog: null, credentialDetails: null })).toEqual(NONE_FOUND);
  });
});
