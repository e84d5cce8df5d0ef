// How each thing on the Console's credentials pages is recognised, in one place. Oracle rolls
// redesigns out in stages, so the current and the legacy form sit side by side; a redesign is a change
// to this file only. Texts are matched after normalising case, whitespace and NBSP (text.ts), never by
// class name (hashed per build). Entries are grouped by the view that shows them; each group names
// the snippet builder (tests/unit/console/snippets.ts) and the replica route where its forms are
// expected to match, and tests/unit/console/selectors.test.ts checks that every form appears there.
// Plain data, no schema library: this runs in the content script, whose size budget has no room for
// zod; the registry's shape is checked with a zod schema in that test instead.

export interface TextForms {
  /** The redesigned Console (replica default, ocgGen=current). */
  readonly current?: readonly string[];
  /** The older generation still live during a staged rollout (replica ocgGen=legacy). */
  readonly legacy?: readonly string[];
  /** The same in both generations. */
  readonly any?: readonly string[];
  /** 'contains': the text only has to contain a form (sentences). Default: equal. */
  readonly match?: 'contains';
}

const GENERATE_CREDENTIAL: TextForms = {
  current: ['Generate OAuth 2.0 client credential'],
  legacy: ['Generate OAuth 2.0 Client Credential'],
};

export const CONSOLE_UI = {
  version: 1,

  /** Panels, dialogs and menus are portaled here, not next to the button that opened them. */
  layerHostId: '__root_layer_host',
  /** Our own in-page UI hosts (components/shared/shadow-host.tsx): never part of the Console. */
  ownTagPrefix: 'ocg-',

  // Structure by ARIA role and element: the same in every generation and in the replica.
  css: {
    dialog: '[role="dialog"],[role="alertdialog"],dialog',
    heading: 'h1,h2,h3,h4,h5,h6,[role="heading"]',
    button: 'button,[role="button"],input[type="button"],input[type="submit"]',
    field: 'input:not([type="hidden"],[type="radio"],[type="checkbox"],[type="button"],[type="submit"]),textarea,select',
    choice: 'input[type="radio"],[role="radio"]',
    table: 'table,[role="table"],[role="grid"]',
    row: 'tr,[role="row"]',
    cell: 'td,th,[role="cell"],[role="gridcell"],[role="rowheader"],[role="columnheader"]',
    columnHeader: 'th,[role="columnheader"]',
    breadcrumbs: 'nav,[role="navigation"]',
    // list, details: Oracle JET's meta label around an OCID; full OCID in `title`, as text after Show.
    ocidContainer: '[data-test-id^="jet-meta-label-"][data-test-id$="-text-container"]',
    // dialog (legacy): the secret's monospace box.
    secretContainer: '[data-test-id="secret-container"]',
    // dialog, a layout not seen yet: the secret shown as code.
    secretCode: 'code,pre,samp,kbd',
  },

  /** Credentials list. credentialsListHtml; replica …/users/<user>/oauth2-client-credentials. */
  list: {
    heading: { current: ['OAuth 2.0 client credentials'], legacy: ['OAuth 2.0 Client Credentials'] },
    generateButton: GENERATE_CREDENTIAL,
    nameColumn: { any: ['Name'] },
    ocidColumn: { any: ['OCID'] },
  },

  /** Generate panel. generatePanelHtml (mode 'pairs'); replica list route, after the Generate button. */
  panel: {
    heading: GENERATE_CREDENTIAL,
    nameLabel: { any: ['Name'] },
    // One Oracle doc version calls the description "Title".
    descriptionLabel: { current: ['Description'], legacy: ['Title'] },
    audienceLabel: { any: ['Audience'] },
    scopeLabel: { any: ['Scope'] },
    addRowButton: { current: ['+ Another scope'], legacy: ['+Another Scope'] },
    removeRowButton: { current: ['Remove scope'], legacy: ['Remove'] },
    generateButton: { any: ['Generate'] },
    cancelButton: { any: ['Cancel'] },
  },

  /** Oldest Generate panel with a radio choice. generatePanelHtml (other modes); replica ?ocgScopeMode=fqs. */
  panelFqs: {
    fullyQualifiedChoice: { any: ['Enter fully qualified scope'] },
    resourcePairChoice: { any: ['Select a resource-scope pair'] },
    fullyQualifiedLabel: { any: ['Fully qualified scope'] },
    resourceLabel: { any: ['Resource'] },
    scopePlaceholder: { any: ['Select a scope'] },
  },

  /** Secret dialog, shown once after Generate. secretDialogHtml; replica list route, after Generate. */
  dialog: {
    heading: { current: ['OAuth 2.0 client credential generated'], legacy: ['Generated OAuth 2.0 Client Credential'] },
    warning: { any: ["you can't retrieve it again after closing the dialog box"], match: 'contains' },
    secretLabel: { current: ['Secret'] },
    copyButton: { any: ['Copy'] },
    // The footer's Close, and title-bar icon buttons named by aria-label or title.
    closeButton: { any: ['Close'], current: ['Close dialog', '✕'] },
  },

  /** Credential details. credentialDetailsHtml; replica …/oauth2-client-credentials/<credential OCID>. */
  details: {
    editDescriptionButton: { any: ['Edit description'] },
    regenerateSecretButton: { any: ['Regenerate secret'] },
    deleteButton: { any: ['Delete'] },
    audienceColumn: { any: ['Audience'] },
    scopesColumn: { any: ['Scopes'] },
  },

  /** User details: its resource list tells it apart from other pages with an h1. userPageHtml; replica …/users/<user>. */
  user: {
    resourceLinks: { any: ['API keys', 'Auth tokens', 'Customer secret keys', 'SMTP credentials'] },
    breadcrumbsLabel: { any: ['Breadcrumb'], match: 'contains' },
    domainsCrumb: { any: ['Domains'] },
    usersCrumb: { any: ['Users'] },
  },
} as const satisfies {
  css: Record<string, string>;
  list: Record<string, TextForms>;
  panel: Record<string, TextForms>;
  panelFqs: Record<string, TextForms>;
  dialog: Record<string, TextForms>;
  details: Record<string, TextForms>;
  user: Record<string, TextForms>;
} & Record<string, unknown>;

/** The views whose texts the registry lists. */
export type ConsoleView = 'list' | 'panel' | 'panelFqs' | 'dialog' | 'details' | 'user';
