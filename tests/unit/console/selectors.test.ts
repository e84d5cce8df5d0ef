import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ariaNames } from '@/utils/console/dom';
import { CONSOLE_UI, type ConsoleView, type TextForms } from '@/utils/console/selectors';
import { matchesForm, normaliseText, textOf } from '@/utils/console/text';
import {
  credentialDetailsHtml,
  credentialsListHtml,
  generatePanelHtml,
  mountConsole,
  panelState,
  secretDialogHtml,
  userPageHtml,
  type Generation,
} from './snippets';

// The registry is data: its shape is checked here with zod (kept out of the content script), and
// every form it lists must appear in the snippet of the view it names, in its generation.

const VIEWS = ['list', 'panel', 'panelFqs', 'dialog', 'details', 'user'] as const satisfies readonly ConsoleView[];
const forms = z.array(z.string().trim().min(1)).min(1).optional();
const textFormsSchema = z
  .strictObject({ current: forms, legacy: forms, any: forms, match: z.literal('contains').optional() })
  .refine((entry) => entry.current ?? entry.legacy ?? entry.any, 'an entry needs at least one form');
const registrySchema = z.strictObject({
  version: z.number().int().positive(),
  layerHostId: z.string().min(1),
  ownTagPrefix: z.string().regex(/^[a-z]+-$/),
  css: z.record(z.string(), z.string().min(1)),
  ...Object.fromEntries(VIEWS.map((view) => [view, z.record(z.string(), textFormsSchema)])),
});

const OCID = `ocid1.credential.oc1..aaaaaaaa${'c'.repeat(52)}`;

function viewHtml(view: ConsoleView, gen: Generation): string {
  const style = { gen };
  const credential = { name: 'oic-prod', ocid: OCID, pairs: [{ audience: 'https://a.example', scope: '/x' }] };
  return {
    list: () => credentialsListHtml(style, [credential]),
    panel: () => generatePanelHtml(style, panelState('pairs', [{}, {}])),
    panelFqs: () => generatePanelHtml(style, panelState('fully-qualified')) + generatePanelHtml(style, panelState('resource-pair')),
    dialog: () => secretDialogHtml(style, 'i7BKNOG:1z1A)bqaY(]F'),
    details: () => credentialDetailsHtml(style, credential),
    user: () => userPageHtml(style, { userName: 'Jane Doe', domainName: 'Default' }),
  }[view]();
}

/** Every text an element of the mounted view can be recognised by. */
function namesInDocument(): string[] {
  return Array.from(document.querySelectorAll('*')).flatMap((el) => [...ariaNames(el), textOf(el)]);
}

describe('the Console selector registry', () => {
  it('has a valid shape and valid CSS selectors', () => {
    expect(() => registrySchema.parse(CONSOLE_UI)).not.toThrow();
    for (const selector of Object.values(CONSOLE_UI.css)) expect(() => document.querySelector(selector)).not.toThrow();
  });

  const cases = VIEWS.flatMap((view) =>
    Object.entries(CONSOLE_UI[view] as Record<string, TextForms>).flatMap(([key, entry]) =>
      (['current', 'legacy'] as const).flatMap((gen) =>
        [...(entry[gen] ?? []), ...(entry.any ?? [])].map((form) => [`${view}.${key}`, gen, form, view, entry] as const),
      ),
    ),
  );
  it.each(cases)('%s (%s) "%s" appears in its view', (_, gen, form, view, entry) => {
    mountConsole(document, { page: viewHtml(view, gen) });
    const single: TextForms = { any: [form], ...(entry.match ? { match: entry.match } : {}) };
    expect(namesInDocument().some((name) => matchesForm(name, single))).toBe(true);
  });

  it.each([
    ['ocidContainer', 'list', 'current'],
    ['ocidContainer', 'details', 'legacy'],
    ['secretContainer', 'dialog', 'legacy'],
  ] as const)('css.%s matches in the %s view (%s)', (key, view, gen) => {
    mountConsole(document, { page: viewHtml(view, gen) });
    expect(document.querySelector(CONSOLE_UI.css[key])).not.toBeNull();
  });
});

describe('text normalisation', () => {
  it.each([
    ['+ Another scope', '+Another Scope'],
    ['OAuth 2.0 Client Credentials', 'oauth\u00a02.0  client\ncredentials'],
    ["can't retrieve", 'can\u2019t retrieve'],
    ['Name', ' NAME\u200b '],
  ])('%j equals %j', (a, b) => expect(normaliseText(a)).toBe(normaliseText(b)));

  it.each([
    ['Generate', 'Generate OAuth 2.0 client credential'],
    ['Scope', 'Fully qualified scope'],
    ['Scope', 'Scope 1'],
  ])('%j does not equal %j', (form, text) => {
    expect(matchesForm(text, { any: [form] })).toBe(false);
  });

  it('reads a wrapping label without the text typed in its field', () => {
    mountConsole(document, { page: '<label>Description <textarea>typed</textarea><select><option>x</option></select></label>' });
    expect(normaliseText(textOf(document.querySelector('label')!))).toBe('description');
  });
});
