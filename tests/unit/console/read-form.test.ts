import { beforeEach, describe, expect, it } from 'vitest';
import { findGeneratePanel } from '@/utils/console/detect';
import { readDraft } from '@/utils/console/read-form';
import { generatePanelHtml, mountConsole, OAC, OIC, panelState, SNIPPET_STYLES, type PanelMode, type RowState } from './snippets';

const ALL = 'urn:opc:resource:consumer::all';

function draftOf(style: (typeof SNIPPET_STYLES)[number][1], mode: PanelMode, rows: Partial<RowState>[]) {
  mountConsole(document, { layer: generatePanelHtml(style, panelState(mode, rows, { name: ' oic-reader ', description: 'billing\njob' })) });
  const panel = findGeneratePanel(document);
  if (!panel) throw new Error('no panel');
  return readDraft(panel);
}

beforeEach(() => mountConsole(document, {}));

describe.each(SNIPPET_STYLES)('readDraft: %s', (_, style) => {
  it('reads name, description and one pair per row, empty rows included', () => {
    expect(draftOf(style, 'pairs', [{ audience: ` ${OIC} `, scope: '/ic/api/' }, {}])).toEqual({
      name: 'oic-reader',
      description: 'billing\njob',
      pairs: [
        { audience: OIC, scope: '/ic/api/' },
        { audience: '', scope: '' },
      ],
    });
  });

  it.each([
    [`${OIC}${ALL}`, { audience: OIC, scope: ALL }],
    [`${OAC}/x/`, { audience: OAC, scope: '/x/' }],
    ['https://half.typed', { audience: 'https://half.typed', scope: '' }],
    [ALL, { audience: '', scope: ALL }],
    ['', { audience: '', scope: '' }],
  ])('splits the fully qualified scope %j', (fullyQualified, pair) => {
    expect(draftOf(style, 'fully-qualified', [{ fullyQualified }]).pairs).toEqual([pair]);
  });

  it('reads resource-scope pairs, the "Select a scope" placeholder as no scope', () => {
    const rows = [{ resource: 'Oracle Integration', scope: '/ic/api/' }, { resource: 'Oracle Analytics Cloud' }];
    expect(draftOf(style, 'resource-pair', rows).pairs).toEqual([
      { audience: OIC, scope: '/ic/api/' },
      { audience: OAC, scope: '' },
    ]);
  });
});
