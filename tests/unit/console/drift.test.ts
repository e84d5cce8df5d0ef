import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCredentialRows } from '@/utils/console/credential-list';
import { detectConsoleViews } from '@/utils/console/detect';
import { readDraft } from '@/utils/console/read-form';
import { applyDrift, type Drift } from './drift';
import { mountScene, renderReplicaScenes, type Generation, type ReplicaScene, type ReplicaScenes } from './replica-dom';
import { applySelectedOptions } from './snippets';

// DOM drift: the detectors run over the replica's own markup (both DOM generations, every
// credentials view) and over generated variants of it — extra wrappers, shuffled attributes, new
// class hashes, labels in other case and spacing, the two generations side by side — and must
// find the same things every time.

/** Each property below runs the detectors some dozens of times over whole documents. */
const PROPERTY_TIMEOUT = 30_000;

/** What detection found, as plain values: which views, and what a feature reads from each. */
function detected(doc: Document) {
  const views = detectConsoleViews(doc);
  const { credentialsList: list, generatePanel: panel, secretDialog: dialog, credentialDetails: details } = views;
  const secret = dialog?.secretElement;
  return {
    list: list && { rows: readCredentialRows(list), generateButton: list.generateButton !== null, table: list.table !== null },
    panel: panel && {
      variant: panel.variant,
      draft: readDraft(panel),
      removeButtons: panel.rows.map((row) => row.removeButton !== null),
      addRowButton: panel.addRowButton !== null,
      cancelButton: panel.cancelButton !== null,
    },
    dialog: dialog && {
      secret: secret && (secret.localName === 'input' ? (secret as HTMLInputElement).value : secret.textContent?.trim()),
      copyButton: dialog.copyButton !== null,
      closeButton: dialog.closeButton !== null,
    },
    details: details && { name: details.name, ocid: details.ocid, pairs: details.pairs },
  };
}

type Detected = ReturnType<typeof detected>;

function detectIn(parts: { main: Element[]; layer: Element[] }, drift?: Drift): Detected {
  mountScene(document, parts);
  if (drift) applyDrift(document, drift);
  // happy-dom forgets which option a copied <select> had chosen; a browser keeps it.
  applySelectedOptions(document.body);
  return detected(document);
}

const one = (scene: ReplicaScene) => ({ main: [scene.main], layer: [scene.layer] });

const drift: fc.Arbitrary<Drift> = fc.record({
  wrapChance: fc.constantFrom(0, 0.1, 0.3, 0.6),
  wrapper: fc.constantFrom('div' as const, 'span' as const),
  shuffleAttributes: fc.boolean(),
  newClassHashes: fc.boolean(),
  labelCase: fc.constantFrom('same' as const, 'upper' as const, 'lower' as const, 'title' as const),
  labelSpacing: fc.constantFrom('same' as const, 'nbsp' as const, 'double' as const, 'padded' as const, 'tight' as const),
  seed: fc.integer(),
});

const VIEWS = ['list', 'panel', 'panelFullyQualified', 'panelResourcePair', 'dialog', 'details'] as const;
const GENERATIONS: Generation[] = ['current', 'legacy'];

const scenes = {} as Record<Generation, ReplicaScenes>;
const baseline = {} as Record<Generation, Record<(typeof VIEWS)[number], Detected>>;

beforeAll(async () => {
  for (const generation of GENERATIONS) {
    scenes[generation] = await renderReplicaScenes(generation);
    baseline[generation] = Object.fromEntries(VIEWS.map((view) => [view, detectIn(one(scenes[generation][view]))])) as (typeof baseline)[Generation];
  }
});

describe('the detectors on the replica\'s own markup', () => {
  it.each(GENERATIONS)('find every view of the %s generation, and only the views shown', (generation) => {
    const found = baseline[generation];
    expect(found.list.list?.rows).toEqual([{ name: 'integration-nightly', ocid: expect.stringMatching(/^ocid1\.credential\.oc1\.\./) }]);
    expect(found.list).toMatchObject({ panel: null, dialog: null, details: null });
    expect(found.panel.panel).toMatchObject({
      variant: 'pairs',
      draft: { name: 'orders-sync', description: 'Orders sync job', pairs: [{ scope: '/ic/api/' }, { scope: 'urn:opc:resource:consumer:paas:analytics::read' }] },
      removeButtons: [true, true],
    });
    expect(found.panelFullyQualified.panel).toMatchObject({ variant: 'fully-qualified', draft: { pairs: [{ scope: 'urn:opc:resource:consumer::all' }, { scope: '/ic/api/' }] } });
    expect(found.panelResourcePair.panel).toMatchObject({ variant: 'resource-pair', draft: { pairs: [{ scope: 'urn:opc:resource:consumer::all' }] } });
    expect(found.dialog.dialog?.secret).toMatch(/^.{20}$/);
    expect(found.dialog.panel).toBeNull();
    expect(found.details.details).toMatchObject({ name: 'integration-nightly', ocid: expect.stringMatching(/^ocid1\.credential\.oc1\.\./) });
  });
});

describe('the detectors on drifted markup', () => {
  it.each(GENERATIONS.flatMap((generation) => VIEWS.map((view) => [view, generation] as const)))(
    'find the same in the %s view (%s) after wrappers, attribute order, class hashes and label case or spacing change',
    (view, generation) => {
      fc.assert(
        fc.property(drift, (changes) => {
          expect(detectIn(one(scenes[generation][view]), changes)).toEqual(baseline[generation][view]);
        }),
        { numRuns: 15 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('see each view as its own generation when the page mixes generations view by view', () => {
    const generation = fc.constantFrom(...GENERATIONS);
    const layerView = fc.constantFrom('panel' as const, 'panelFullyQualified' as const, 'dialog' as const);
    fc.assert(
      fc.property(generation, generation, layerView, drift, (pageGeneration, layerGeneration, layer, changes) => {
        const found = detectIn({ main: [scenes[pageGeneration].list.main], layer: [scenes[layerGeneration][layer].layer] }, changes);
        expect(found.list).toEqual(baseline[pageGeneration].list.list);
        const expected = baseline[layerGeneration][layer];
        expect({ panel: found.panel, dialog: found.dialog }).toEqual({ panel: expected.panel, dialog: expected.dialog });
      }),
      { numRuns: 30 },
    );
  }, PROPERTY_TIMEOUT);

  it('see one whole view, of either generation, when both generations of it are in the page at once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VIEWS), fc.boolean(), drift, (view, legacyFirst, changes) => {
        const [first, second] = legacyFirst ? (['legacy', 'current'] as const) : (['current', 'legacy'] as const);
        const found = detectIn(
          { main: [scenes[first][view].main, scenes[second][view].main], layer: [scenes[first][view].layer, scenes[second][view].layer] },
          changes,
        );
        const candidates = GENERATIONS.map((generation) => baseline[generation][view]);
        for (const part of ['list', 'panel', 'dialog', 'details'] as const) {
          expect(candidates.map((candidate) => candidate[part])).toContainEqual(found[part]);
        }
      }),
      { numRuns: 30 },
    );
  }, PROPERTY_TIMEOUT);
});
