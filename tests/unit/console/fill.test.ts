import { beforeEach, describe, expect, it } from 'vitest';
import type { CredentialDraft } from '@/utils/findings/finding';
import { findGeneratePanel, type GeneratePanel } from '@/utils/console/detect';
import { applyDraft, captureForm, restoreForm, setControlledValue } from '@/utils/console/fill';
import { highlightRow } from '@/utils/console/highlight';
import { mountControlledPanel } from './controlled-panel';
import { emptyRow, mountConsole, OAC, OIC, panelState, SNIPPET_STYLES, type SnippetStyle } from './snippets';

const ALL = 'urn:opc:resource:consumer::all';
const draft: CredentialDraft = {
  name: 'oic-reader',
  description: 'OIC API for the billing job',
  pairs: [
    { audience: OIC, scope: '/ic/api/' },
    { audience: OAC, scope: ALL },
    { audience: OIC, scope: ALL },
  ],
};

const panelNow = (): GeneratePanel => {
  const panel = findGeneratePanel(document);
  if (!panel) throw new Error('no panel');
  return panel;
};

beforeEach(() => mountConsole(document, {}));

describe('setControlledValue', () => {
  it('survives the next render where a plain .value assignment is reverted', async () => {
    const sim = mountControlledPanel(document, { gen: 'current' }, panelState('pairs'));
    panelNow().nameInput!.value = 'typed without events';
    sim.render();
    expect(panelNow().nameInput?.value).toBe('');
    setControlledValue(panelNow().nameInput!, 'through the setter');
    await sim.settled();
    expect(sim.state.name).toBe('through the setter');
    expect(panelNow().nameInput?.value).toBe('through the setter');
  });

  it('uses the prototype setter even when the instance shadows value', () => {
    const input = document.createElement('input');
    Object.defineProperty(input, 'value', { configurable: true, get: () => 'shadow', set: () => undefined });
    setControlledValue(input, 'real');
    delete (input as { value?: unknown }).value;
    expect(input.value).toBe('real');
  });

  it('sets a select and fires change', () => {
    const select = document.createElement('select');
    select.innerHTML = '<option value="a">A</option><option value="b">B</option>';
    let changes = 0;
    select.addEventListener('change', () => (changes += 1));
    setControlledValue(select, 'b');
    expect([select.value, changes]).toEqual(['b', 1]);
  });
});

describe.each(SNIPPET_STYLES)('applyDraft: %s', (_, style) => {
  it.each([5, 0])('fills pairs, adding rows (render delay %i ms), and only empty name/description', async (delay) => {
    const sim = mountControlledPanel(document, style, panelState('pairs', [{}], { description: 'kept' }), delay);
    const snapshot = await applyDraft(panelNow(), draft, { fillNameAndDescription: true });
    await sim.settled();
    expect(sim.state.rows.map(({ audience, scope }) => ({ audience, scope }))).toEqual(draft.pairs);
    expect([sim.state.name, sim.state.description]).toEqual(['oic-reader', 'kept']);
    expect(snapshot).toEqual({ variant: 'pairs', name: '', description: 'kept', rows: [{ audience: '', scope: '' }] });
  });

  it('removes surplus rows and leaves name and description alone unless asked', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ audience: `https://h${i}.example`, scope: '/x' }));
    const sim = mountControlledPanel(document, style, panelState('pairs', rows));
    await applyDraft(panelNow(), { ...draft, pairs: draft.pairs.slice(0, 2) }, { fillNameAndDescription: false });
    await sim.settled();
    expect(sim.state.rows.map(({ audience, scope }) => ({ audience, scope }))).toEqual(draft.pairs.slice(0, 2));
    expect([sim.state.name, sim.state.description]).toEqual(['', '']);
  });

  it('enters audience+scope in the fully-qualified panel', async () => {
    const sim = mountControlledPanel(document, style, panelState('fully-qualified', [{}, {}, {}, {}]));
    await applyDraft(panelNow(), draft, { fillNameAndDescription: false });
    await sim.settled();
    expect(sim.state.rows.map((row) => row.fullyQualified)).toEqual([`${OIC}/ic/api/`, `${OAC}${ALL}`, `${OIC}${ALL}`]);
  });

  it('switches the resource-pair panel to fully qualified scopes, and restoreForm switches back', async () => {
    // Restoring picks the resource again, then waits for its scope to be offered before choosing it.
    const chosen = { resource: 'Identity domain', scope: 'urn:opc:idm:__myscopes__' };
    const sim = mountControlledPanel(document, style, panelState('resource-pair', [chosen]));
    const snapshot = await applyDraft(panelNow(), draft, { fillNameAndDescription: true });
    await sim.settled();
    expect(sim.state.mode).toBe('fully-qualified');
    expect(sim.state.rows.map((row) => row.fullyQualified)).toEqual([`${OIC}/ic/api/`, `${OAC}${ALL}`, `${OIC}${ALL}`]);

    await restoreForm(panelNow(), snapshot);
    await sim.settled();
    expect(sim.state.mode).toBe('resource-pair');
    expect(sim.state.rows).toHaveLength(1);
    expect(sim.state.rows[0]).toMatchObject(chosen);
    expect(captureForm(panelNow())).toEqual(snapshot);
  });
});

describe('applyDraft: failures leave the form as it was', () => {
  const style: SnippetStyle = { gen: 'current' };

  it('refuses a resource-pair panel without the fully-qualified choice', async () => {
    const sim = mountControlledPanel(document, style, panelState('resource-pair', [{}], { choice: false }));
    await expect(applyDraft(panelNow(), draft, { fillNameAndDescription: true })).rejects.toThrow(
      /no "Enter fully qualified scope" choice/,
    );
    await sim.settled();
    expect(sim.state).toMatchObject({ mode: 'resource-pair', name: '', rows: [emptyRow()] });
  });

  it('stops at the Console limit of rows and restores the original rows', async () => {
    const sim = mountControlledPanel(document, style, panelState('pairs', [{ audience: 'keep', scope: 'me' }], { name: 'mine' }));
    const many = Array.from({ length: 11 }, (_, i) => ({ audience: OIC, scope: `/p${i}` }));
    await expect(applyDraft(panelNow(), { ...draft, pairs: many }, { fillNameAndDescription: true })).rejects.toThrow(
      /takes no further scope row: it has 10 and the draft needs 11/,
    );
    await sim.settled();
    expect(sim.state.rows).toEqual([{ ...emptyRow(), audience: 'keep', scope: 'me' }]);
    expect(sim.state.name).toBe('mine');
  });

  it('says what it waited for when the Console does not add a row', async () => {
    mountControlledPanel(document, style, panelState('pairs'));
    const panel = panelNow();
    panel.addRowButton!.removeAttribute('data-sim'); // a dead button: nothing re-renders
    await expect(applyDraft(panel, draft, { fillNameAndDescription: false, timeoutMs: 50 })).rejects.toThrow(
      'The Console did not show scope row 2 after "+ Another scope" within 50 ms.',
    );
  });
});

describe('highlightRow', () => {
  it('marks only the Console row element and clears it again', () => {
    mountControlledPanel(document, { gen: 'legacy' }, panelState('pairs', [{}, {}, {}]));
    const panel = panelNow();
    const childCount = panel.element.querySelectorAll('*').length;
    highlightRow(panel, 1);
    const marked = panel.element.querySelectorAll<HTMLElement>('[data-ocg-highlight]');
    expect(Array.from(marked)).toEqual([panel.rows[1]?.element]);
    expect(marked[0]?.style.outline).toContain('solid');
    highlightRow(panel, 2);
    expect(panel.element.querySelectorAll('[data-ocg-highlight]')[0]).toBe(panel.rows[2]?.element);
    expect((panel.rows[1]?.element as HTMLElement).style.outline).toBe('');
    highlightRow(panel, null);
    expect(panel.element.querySelectorAll('[data-ocg-highlight]')).toHaveLength(0);
    expect(panel.element.querySelectorAll('*')).toHaveLength(childCount);
  });
});
