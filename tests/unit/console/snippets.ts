// Replica HTML snippets of the Console's credentials views, written from
// tests/fixtures/console/CONTRACT.md and shaped like the replica's DOM (not from
// utils/console/selectors.ts, so the registry is checked against them rather than copied into them).
// Both DOM generations, the three Generate panel shapes, and variations the real Console may show:
// other label associations, case/spacing variants, extra wrapper divs, hashed-looking class names.
// Shared with the e2e and drift tests.

export type Generation = 'current' | 'legacy';
export type PanelMode = 'pairs' | 'fully-qualified' | 'resource-pair';
export type LabelStyle = 'aria-label' | 'label-for' | 'wrapping-label' | 'labelledby';

export interface SnippetStyle {
  gen: Generation;
  /** How fields are labelled; default: aria-label (current), label-for (legacy). */
  labels?: LabelStyle;
  /** Rewrites every visible text and aria-label, e.g. to another case or with NBSPs. */
  text?: (text: string) => string;
  /** Extra wrapper divs around each block. */
  wrappers?: number;
  /** Seed for the hashed class names and ids. */
  seed?: number;
  /** Adds data-sim attributes for the controlled-panel simulation (the detectors never see these). */
  hooks?: boolean;
}

export interface RowState {
  audience: string;
  scope: string;
  fullyQualified: string;
  resource: string;
}

export interface PanelState {
  mode: PanelMode;
  /** The oldest panel: a radio choice between fully qualified and resource-scope pair rows. */
  choice: boolean;
  name: string;
  description: string;
  rows: RowState[];
}

export interface CredentialView {
  name: string;
  ocid: string;
  /** The full OCID shown as text (after Show); otherwise only truncated, with the full one in title. */
  revealed?: boolean;
  pairs?: { audience: string; scope: string }[];
}

const upperWithNbsp = (text: string) => text.toUpperCase().replace(/ /g, '\u00a0');
const lowerWideSpaces = (text: string) => ` ${text.toLowerCase().replace(/ /g, '   ')}\n`;

/** Both generations, every way of labelling a field, case/spacing variants and wrapper divs. */
export const SNIPPET_STYLES: [description: string, style: SnippetStyle][] = [
  ['current', { gen: 'current' }],
  ['legacy', { gen: 'legacy' }],
  ['current, upper case with NBSP, 3 wrappers', { gen: 'current', text: upperWithNbsp, wrappers: 3, seed: 11 }],
  ['legacy, wrapping labels, lower case wide spaces', { gen: 'legacy', labels: 'wrapping-label', text: lowerWideSpaces, wrappers: 2, seed: 5 }],
  ['current, aria-labelledby', { gen: 'current', labels: 'labelledby', seed: 99 }],
  ['legacy, aria-label, 1 wrapper', { gen: 'legacy', labels: 'aria-label', wrappers: 1 }],
];

export const MAX_ROWS = 10;
export const OIC = 'https://abc123.integration.ocp.oraclecloud.com:443';
export const OAC = 'https://abc123.analytics.ocp.oraclecloud.com';
/** The resource-scope pair panel: each resource's audience and scopes (the first resource is chosen at first). */
export const RESOURCES: Record<string, { audience: string; scopes: string[] }> = {
  'Oracle Integration': { audience: OIC, scopes: ['urn:opc:resource:consumer::all', '/ic/api/'] },
  'Oracle Analytics Cloud': { audience: OAC, scopes: ['urn:opc:resource:consumer::all'] },
  'Identity domain': { audience: 'urn:opc:resource:scope:account', scopes: ['urn:opc:idm:__myscopes__'] },
};

export const emptyRow = (): RowState => ({ audience: '', scope: '', fullyQualified: '', resource: 'Oracle Integration' });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function truncatedOcid(ocid: string): string {
  return `...${ocid.slice(-6)}`;
}

function builder(style: SnippetStyle) {
  let seed = style.seed ?? 7;
  const hash = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed.toString(36).slice(-5);
  };
  const labels = style.labels ?? (style.gen === 'current' ? 'aria-label' : 'label-for');
  const t = (text: string) => escapeHtml((style.text ?? ((s: string) => s))(text));
  const cls = (component: string) => ` class="${component}Styles_${component.toLowerCase()}Base__${hash()}"`;
  const id = (prefix: string) => `${prefix}-${hash()}`;
  const hook = (name: string) => (style.hooks ? ` data-sim="${name}"` : '');
  const wrap = (html: string) => {
    let out = html;
    for (let i = 0; i < (style.wrappers ?? 0); i += 1) out = `<div${cls('Wrapper')}>${out}</div>`;
    return out;
  };
  /** A labelled field; `control` receives the attributes that tie it to its label. */
  const labelled = (label: string, control: (attrs: string) => string) => {
    // Current generation: the visible label is decoration; the name is the control's aria-label.
    if (labels === 'aria-label') return `<div${cls('FormField')}><span aria-hidden="true">${t(label)}</span>${control(` aria-label="${t(label)}"`)}</div>`;
    if (labels === 'wrapping-label') return `<label${cls('Label')}><span>${t(label)}</span> ${control('')}</label>`;
    const ref = id(labels === 'label-for' ? 'field' : 'label');
    return labels === 'label-for'
      ? `<div${cls('FormField')}><label for="${ref}"${cls('Label')}>${t(label)}</label>${control(` id="${ref}"`)}</div>`
      : `<div${cls('FormField')}><span id="${ref}"${cls('Label')}>${t(label)}</span>${control(` aria-labelledby="${ref}"`)}</div>`;
  };
  const input = (value: string, more = '') => (attrs: string) =>
    `<input type="text"${cls('TextFieldInput')}${attrs}${more} value="${escapeHtml(value)}">`;
  const select = (options: [value: string, text: string][], chosen: string, more = '') => (attrs: string) =>
    `<select${cls('SelectInput')}${attrs}${more}>${options
      .map(([value, text]) => `<option value="${escapeHtml(value)}"${value === chosen ? ' selected' : ''}>${t(text)}</option>`)
      .join('')}</select>`;
  const button = (text: string, more = '') => `<button type="button"${cls('Button')}${more}>${text}</button>`;
  /** Current: ARIA table on divs, named by aria-label; legacy: a real <table> (captioned if asked). */
  const table = (name: string, headers: string[], rows: string[][], caption = false) => {
    const empty = rows.length === 0 ? `<p>${t('No items to display.')}</p>` : '';
    if (style.gen === 'current') {
      const row = (cells: string[], role: string) => `<div role="row"${cls('Row')}>${cells.map((c) => `<div role="${role}">${wrap(c)}</div>`).join('')}</div>`;
      return `<div role="table" aria-label="${t(name)}"${cls('Table')}><div role="rowgroup">${row(headers.map(t), 'columnheader')}</div><div role="rowgroup">${rows
        .map((cells) => row(cells, 'cell'))
        .join('')}</div></div>${empty}`;
    }
    return `<table${cls('Table')}${caption ? '' : ` aria-label="${t(name)}"`}>${caption ? `<caption>${t(name)}</caption>` : ''}<thead><tr>${headers
      .map((h) => `<th scope="col">${t(h)}</th>`)
      .join('')}</tr></thead><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${wrap(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>${empty}`;
  };
  return { t, cls, id, hook, wrap, labelled, input, select, button, table, gen: style.gen };
}

type Builder = ReturnType<typeof builder>;

function ocidLabel(b: Builder, ocid: string, revealed = false): string {
  return `<span${b.cls('MetaLabel')} data-test-id="jet-meta-label-1-text-container" title="${ocid}">${
    revealed ? ocid : truncatedOcid(ocid)
  }</span>${b.button(b.t('Show'))}${b.button(b.t('Copy'))}`;
}

export function credentialsListHtml(style: SnippetStyle, credentials: CredentialView[]): string {
  const b = builder(style);
  const current = b.gen === 'current';
  const title = current ? 'OAuth 2.0 client credentials' : 'OAuth 2.0 Client Credentials';
  const headingId = b.id('section-heading');
  const heading = current ? `<h2 id="${headingId}">${b.t(title)}</h2>` : `<h3 id="${headingId}">${b.t(title)}</h3>`;
  const label = current ? 'Generate OAuth 2.0 client credential' : 'Generate OAuth 2.0 Client Credential';
  const generate = b.button(b.t(label), current ? ` aria-label="${b.t(label)}"` : '');
  const rows = credentials.map((c) => [`<a href="#"${b.cls('Link')}>${escapeHtml(c.name)}</a>`, ocidLabel(b, c.ocid, c.revealed), '2025-01-02 10:00 UTC', b.t('Active')]);
  const table = b.table(title, ['Name', 'OCID', 'Created', 'Status'], rows);
  return `<section aria-labelledby="${headingId}"${b.cls('Section')}>${b.wrap(heading)}<div${b.cls('Toolbar')}>${generate}</div>${b.wrap(table)}</section>`;
}

function rowHtml(b: Builder, state: PanelState, row: RowState, index: number): string {
  const current = b.gen === 'current';
  const disabled = state.rows.length === 1 ? ' disabled' : '';
  const remove = current
    ? b.button('✕', ` aria-label="${b.t('Remove scope')}"${b.hook(`remove:${index}`)}${disabled}`)
    : b.button(b.t('Remove'), `${b.hook(`remove:${index}`)}${disabled}`);
  const at = (field: keyof RowState) => b.hook(`row:${index}:${field}`);
  let fields: string;
  if (state.mode === 'pairs') {
    fields = b.labelled('Audience', b.input(row.audience, at('audience'))) + b.labelled('Scope', b.input(row.scope, at('scope')));
  } else if (state.mode === 'fully-qualified') {
    fields = b.labelled('Fully qualified scope', b.input(row.fullyQualified, at('fullyQualified')));
  } else {
    const resource = RESOURCES[row.resource];
    fields =
      b.labelled('Resource', b.select(Object.keys(RESOURCES).map((r): [string, string] => [r, r]), row.resource, at('resource'))) +
      b.labelled('Audience', b.input(resource?.audience ?? '', `${at('audience')} disabled`)) +
      b.labelled('Scope', b.select([['', 'Select a scope'], ...(resource?.scopes ?? []).map((s): [string, string] => [s, s])], row.scope, at('scope')));
  }
  const inner = `${b.wrap(fields)}${remove}`;
  return current
    ? `<div role="group" aria-label="${b.t(`Scope ${index + 1}`)}"${b.cls('ScopeRow')}>${inner}</div>`
    : `<div${b.cls('ScopeRow')}>${inner}</div>`;
}

function choiceHtml(b: Builder, mode: PanelMode): string {
  const group = b.id('scope-mode');
  const option = (value: PanelMode, text: string) => {
    const id = b.id('oj-radio');
    return `<span${b.cls('Radio')}><input type="radio" name="${group}" id="${id}" value="${value}"${mode === value ? ' checked' : ''}${b.hook(`mode:${value}`)}><label for="${id}">${b.t(text)}</label></span>`;
  };
  return `<div role="radiogroup" aria-label="${b.t('Scope entry')}"${b.cls('RadioSet')}>${option('fully-qualified', 'Enter fully qualified scope')}${option('resource-pair', 'Select a resource-scope pair')}</div>`;
}

export function generatePanelHtml(style: SnippetStyle, state: PanelState): string {
  const b = builder(style);
  const current = b.gen === 'current';
  const headingId = b.id('heading');
  const title = current ? 'Generate OAuth 2.0 client credential' : 'Generate OAuth 2.0 Client Credential';
  const heading = current ? `<h2 id="${headingId}">${b.t(title)}</h2>` : `<h3 id="${headingId}">${b.t(title)}</h3>`;
  const name = b.labelled('Name', b.input(state.name, b.hook('name')));
  const description = b.labelled(current ? 'Description' : 'Title', (attrs) =>
    `<textarea${b.cls('TextArea')}${attrs}${b.hook('description')}>${escapeHtml(state.description)}</textarea>`,
  );
  const rows = state.rows.map((row, index) => rowHtml(b, state, row, index)).join('');
  const add = b.button(b.t(current ? '+ Another scope' : '+Another Scope'), `${b.hook('add')}${state.rows.length >= MAX_ROWS ? ' disabled' : ''}`);
  const footer = `<div${b.cls('Footer')}>${b.button(b.t('Generate'), b.hook('generate'))}${b.button(b.t('Cancel'), b.hook('cancel'))}</div>`;
  const body = [
    heading,
    `<p>${b.t('Always select the minimum required privileges.')}</p>`,
    b.wrap(name),
    b.wrap(description),
    state.choice ? b.wrap(choiceHtml(b, state.mode)) : '',
    `<div${b.cls('ScopeList')}>${rows}</div>`,
    b.wrap(add),
    `<div role="alert"${b.cls('Message')} hidden></div>`,
    footer,
  ].join('');
  return `<div role="dialog" aria-modal="true" aria-labelledby="${headingId}"${b.cls('Panel')}>${body}</div>`;
}

/** Where the secret sits: by generation, or a layout we have not seen (code box, span before Copy). */
export type SecretLayout = 'current' | 'legacy' | 'code' | 'beside-copy';

export function secretDialogHtml(style: SnippetStyle, secret: string, layout: SecretLayout = style.gen): string {
  const b = builder(style);
  const headingId = b.id('heading');
  const title = b.gen === 'current' ? 'OAuth 2.0 client credential generated' : 'Generated OAuth 2.0 Client Credential';
  const copy = b.button(b.t('Copy'));
  const value = escapeHtml(secret);
  const box = {
    current: `<div>${b.labelled('Secret', (attrs) => `<input type="text" readonly${attrs} value="${value}">`)}${copy}</div>`,
    legacy: `<div data-test-id="secret-container" style="font-family: monospace"><span>${value}</span></div>${copy}`,
    code: `<div><code${b.cls('Code')}>${value}</code></div>${copy}`,
    'beside-copy': `<div${b.cls('Secret')}><div><span>${value}</span></div><div>${copy}</div></div>`,
  }[layout];
  const warning = "Copy the token string immediately, because you can't retrieve it again after closing the dialog box.";
  // Current generation: a title-bar ✕ icon button named by its aria-label.
  const titleBarClose = b.gen === 'current' ? b.button('✕', ` aria-label="${b.t('Close dialog')}"`) : '';
  return `<div role="dialog" aria-modal="true" aria-labelledby="${headingId}"${b.cls('Dialog')}><h2 id="${headingId}">${b.t(title)}</h2>${titleBarClose}<p>${b.t(warning)}</p>${b.wrap(box)}<div${b.cls('Footer')}>${b.button(b.t('Close'))}</div></div>`;
}

export function credentialDetailsHtml(style: SnippetStyle, credential: CredentialView): string {
  const b = builder(style);
  const rows = (credential.pairs ?? []).map((pair) => [escapeHtml(pair.audience), escapeHtml(pair.scope)]);
  return [
    `<div${b.cls('Page')}>`,
    b.wrap(`<h1>${escapeHtml(credential.name)}</h1>`),
    b.wrap(['Edit description', 'Regenerate secret', 'Delete'].map((text) => b.button(b.t(text))).join('')),
    `<dl><dt>${b.t('Description')}</dt><dd>Nightly sync</dd><dt>${b.t('OCID')}</dt><dd>${ocidLabel(b, credential.ocid, credential.revealed)}</dd></dl>`,
    b.gen === 'current' ? `<h2>${b.t('Scopes')}</h2>` : '',
    b.button(b.t('Add scopes')),
    b.wrap(b.table('Scopes', ['Audience', 'Scopes'], rows, true)),
    '</div>',
  ].join('');
}

export interface UserPage {
  userName: string;
  /** My profile: breadcrumbs "Domains › My profile"; else "Domains › Users › <user name>". */
  myProfile?: boolean;
  /** Real-Console-style breadcrumbs naming the domain: "Domains › <domain> › Users › <user name>". */
  domainName?: string;
}

export function userPageHtml(style: SnippetStyle, page: UserPage): string {
  const b = builder(style);
  const link = (text: string) => `<a href="#"${b.cls('Link')}>${b.t(text)}</a>`;
  const crumbs = page.myProfile
    ? [b.t('Domains'), b.t('My profile')]
    : [b.t('Domains'), ...(page.domainName ? [escapeHtml(page.domainName)] : []), link('Users'), escapeHtml(page.userName)];
  const resources = ['Groups', 'API keys', 'Auth tokens', 'Customer secret keys', 'OAuth 2.0 client credentials', 'SMTP credentials'];
  return [
    `<nav aria-label="${b.t('Breadcrumb')}"><ol>${crumbs.map((crumb) => `<li>${crumb}</li>`).join('')}</ol></nav>`,
    b.wrap(`<h1>${escapeHtml(page.userName)}</h1>`),
    `<nav aria-label="${b.t('Resources')}"><div>${b.t('Resources')}</div><ul>${resources.map((r) => `<li>${link(r)}</li>`).join('')}</ul></nav>`,
  ].join('');
}

/** Console pages without credentials UI, including look-alike words (Name, Generate, Copy, Audience). */
export function unrelatedPageHtml(style: SnippetStyle): string {
  const b = builder(style);
  return [
    `<h1>${b.t('Instances')}</h1>`,
    b.table('Instances', ['Name', 'State', 'OCID'], [['vm-1', 'Running', ocidLabel(b, 'ocid1.instance.oc1.iad.aaaaaaaaexample')]]),
    `<div role="dialog" aria-labelledby="x"><h2 id="x">Create API key</h2>${b.labelled('Name', b.input(''))}${b.labelled('Audience', b.input(''))}${b.button('Generate')}${b.button('Cancel')}${b.button('Copy')}</div>`,
  ].join('');
}

/**
 * happy-dom 21 parses `<option selected>` after the second option as the second one being selected;
 * browsers select the marked option. Applied after every innerHTML so the snippets behave as in a browser.
 */
export function applySelectedOptions(root: ParentNode): void {
  for (const select of Array.from(root.querySelectorAll('select'))) {
    const marked = Array.from(select.options).findIndex((option) => option.hasAttribute('selected'));
    if (marked >= 0) select.selectedIndex = marked;
  }
}

/** Lays out a Console document: header, page content, and the layer host panels are portaled into. */
export function mountConsole(doc: Document, parts: { page?: string; layer?: string; layerHost?: boolean }): void {
  const host = parts.layerHost === false ? '' : `<div id="__root_layer_host">${parts.layer ?? ''}</div>`;
  doc.body.innerHTML = `<header role="banner"><button id="region-menu-button">US East (Ashburn)</button></header><main>${
    parts.page ?? ''
  }</main>${host}`;
  applySelectedOptions(doc.body);
}

export function panelState(mode: PanelMode, rows: Partial<RowState>[] = [{}], more: Partial<PanelState> = {}): PanelState {
  return { mode, choice: mode !== 'pairs', name: '', description: '', rows: rows.map((row) => ({ ...emptyRow(), ...row })), ...more };
}
