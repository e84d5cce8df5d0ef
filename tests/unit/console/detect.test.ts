import { buttonNames } from '@/utils/console/dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectConsoleViews, findCredentialDetails, findCredentialsList, findGeneratePanel, findSecretDialog } from '@/utils/console/detect';
import { readCredentialRows } from '@/utils/console/credential-list';
import {
  credentialDetailsHtml,
  credentialsListHtml,
  generatePanelHtml,
  mountConsole,
  OIC,
  panelState,
  secretDialogHtml,
  SNIPPET_STYLES,
  unrelatedPageHtml,
  userPageHtml,
  type PanelMode,
  type SecretLayout,
  type SnippetStyle,
} from './snippets';

const OCID_A = `ocid1.credential.oc1..aaaaaaaa${'a'.repeat(52)}`;
const OCID_B = `ocid1.credential.oc1..aaaaaaaa${'b2'.repeat(26)}`;
const SECRET = 'i7BKNOG:1z1A)bqaY(]F';

const MODES: PanelMode[] = ['pairs', 'fully-qualified', 'resource-pair'];
const FIELDS_BY_MODE = {
  pairs: ['audience', 'scope'],
  'fully-qualified': ['fullyQualified'],
  'resource-pair': ['resource', 'audience', 'scope'],
} as const;
const ROW_FIELDS = ['audience', 'scope', 'fullyQualified', 'resource'] as const;

beforeEach(() => mountConsole(document, {}));

describe.each(SNIPPET_STYLES)('page detection: %s', (_, style) => {
  it('finds the credentials list and reads name and OCID per row', () => {
    mountConsole(document, {
      page: credentialsListHtml(style, [
        { name: 'oic-prod', ocid: OCID_A },
        { name: 'oac reader', ocid: OCID_B, revealed: true },
      ]),
    });
    const list = findCredentialsList(document);
    expect(list?.generateButton?.textContent).toMatch(/generate/i);
    expect(list?.heading?.textContent).toMatch(/credentials/i);
    expect(list?.element.contains(list.table)).toBe(true);
    expect(readCredentialRows(list!)).toEqual([
      { name: 'oic-prod', ocid: OCID_A },
      { name: 'oac reader', ocid: OCID_B },
    ]);
  });

  it.each(MODES)('finds the Generate panel, %s rows', (mode) => {
    const rows = [{ audience: OIC, scope: 'a' }, { audience: OIC, scope: 'b' }, {}];
    mountConsole(document, { page: credentialsListHtml(style, []), layer: generatePanelHtml(style, panelState(mode, rows, { name: 'n' })) });
    const panel = findGeneratePanel(document);
    expect(panel?.variant).toBe(mode);
    expect(panel?.rows).toHaveLength(3);
    expect(panel?.nameInput?.value).toBe('n');
    expect(panel?.descriptionInput?.localName).toBe('textarea');
    expect(panel?.generateButton.textContent?.trim()).toMatch(/^generate$/i);
    expect(panel?.cancelButton?.textContent).toMatch(/cancel/i);
    expect(panel?.addRowButton?.textContent).toMatch(/another/i);
    const elements = new Set(panel?.rows.map((row) => row.element));
    expect(elements.size).toBe(3);
    for (const row of panel?.rows ?? []) {
      for (const field of ROW_FIELDS) {
        const expected = (FIELDS_BY_MODE[mode] as readonly string[]).includes(field);
        expect(row[field] !== null, `${field} present`).toBe(expected);
        if (row[field]) expect(row.element.contains(row[field])).toBe(true);
      }
      expect(row.removeButton && row.element.contains(row.removeButton)).toBe(true);
      // The row element is the Console's own row, not the whole list.
      expect(row.element.querySelectorAll('input, select')).toHaveLength(FIELDS_BY_MODE[mode].length);
    }
  });

  it.each<SecretLayout>(['current', 'legacy', 'code', 'beside-copy'])('locates the secret in a %s layout', (layout) => {
    mountConsole(document, { layer: secretDialogHtml(style, SECRET, layout) });
    const dialog = findSecretDialog(document);
    const secret = dialog?.secretElement;
    expect(secret && ('value' in secret ? (secret as HTMLInputElement).value : secret.textContent)).toBe(SECRET);
    expect(dialog?.copyButton?.textContent).toMatch(/copy/i);
    // The footer's Close, or (current generation) the title-bar ✕ named by its aria-label.
    expect(buttonNames(dialog!.closeButton!).join(' ')).toMatch(/close/i);
  });

  it('finds the credential details: name, OCID and scope pairs', () => {
    const pairs = [
      { audience: OIC, scope: 'urn:opc:resource:consumer::all' },
      { audience: OIC, scope: '/ic/api/' },
    ];
    mountConsole(document, { page: credentialDetailsHtml(style, { name: 'oic  prod', ocid: OCID_A, pairs }) });
    const details = findCredentialDetails(document);
    expect(details).toMatchObject({ name: 'oic prod', ocid: OCID_A, pairs });
  });

  it('detects nothing on pages without credentials UI', () => {
    for (const page of [unrelatedPageHtml(style), userPageHtml(style, { userName: 'Jane Doe' }), '<h1>Page not found</h1>']) {
      mountConsole(document, { page });
      expect(detectConsoleViews(document)).toEqual({
        credentialsList: null,
        generatePanel: null,
        secretDialog: null,
        credentialDetails: null,
      });
    }
  });
});

describe('page detection: where the Console puts things', () => {
  const style: SnippetStyle = { gen: 'current' };
  const panel = () => generatePanelHtml(style, panelState('pairs'));

  it('finds a portaled panel from a page element through the layer host', () => {
    mountConsole(document, { page: credentialsListHtml(style, []), layer: panel() });
    const main = document.querySelector('main')!;
    expect(findGeneratePanel(main)?.element.parentElement?.id).toBe('__root_layer_host');
  });

  it('finds a panel rendered in the page when there is no layer host', () => {
    mountConsole(document, { page: panel(), layerHost: false });
    expect(findGeneratePanel(document)?.rows).toHaveLength(1);
  });

  it('finds a panel without a dialog role by its heading', () => {
    mountConsole(document, { layer: panel().replace('role="dialog"', '') });
    expect(findGeneratePanel(document)?.element.querySelector('h2')).not.toBeNull();
  });

  it('finds the panel when searching from the panel itself', () => {
    mountConsole(document, { layer: panel() });
    const element = findGeneratePanel(document)!.element;
    expect(findGeneratePanel(element)?.element).toBe(element);
  });

  it('ignores hidden panels', () => {
    mountConsole(document, { layer: `<div hidden>${panel()}</div>` });
    expect(findGeneratePanel(document)).toBeNull();
  });

  it('treats two of the three details buttons as enough, one as not', () => {
    const html = credentialDetailsHtml(style, { name: 'x', ocid: OCID_A });
    mountConsole(document, { page: html.replace('Regenerate secret', 'Rotate secret') });
    expect(findCredentialDetails(document)?.name).toBe('x');
    mountConsole(document, { page: html.replace('Regenerate secret', 'Rotate').replace('Edit description', 'Edit') });
    expect(findCredentialDetails(document)).toBeNull();
  });

  it('leaves the OCID out when only a truncated one is shown', () => {
    const html = credentialDetailsHtml(style, { name: 'x', ocid: OCID_A }).replace(/ title="[^"]*"/, '');
    mountConsole(document, { page: html });
    expect(findCredentialDetails(document)?.ocid).toBeUndefined();
  });

  it('offers no secret element rather than a wrong one', () => {
    const html = secretDialogHtml(style, SECRET, 'beside-copy').replace(/<div><span>[^<]*<\/span><\/div>/, '<h3>Your secret</h3>');
    mountConsole(document, { layer: html });
    expect(findSecretDialog(document)).toBeNull();
  });
});

describe('page detection: our own ocg-* UI is not the Console', () => {
  const style: SnippetStyle = { gen: 'legacy' };

  it('ignores a look-alike panel inside our host', () => {
    mountConsole(document, { layer: `<ocg-assistant>${generatePanelHtml(style, panelState('pairs'))}</ocg-assistant>` });
    expect(findGeneratePanel(document)).toBeNull();
  });

  it('ignores our buttons and fields placed inside the Console panel', () => {
    mountConsole(document, { layer: generatePanelHtml(style, panelState('pairs', [{}, {}])) });
    const ours = document.createElement('ocg-assistant');
    ours.innerHTML = '<label>Audience <input></label><button>Generate</button><button>+Another Scope</button>';
    document.querySelector('[role="dialog"]')!.prepend(ours);
    const panel = findGeneratePanel(document);
    expect(panel?.rows).toHaveLength(2);
    expect(ours.contains(panel?.generateButton ?? null)).toBe(false);
    expect(ours.contains(panel?.addRowButton ?? null)).toBe(false);
  });
});
