import type { Severity } from '../findings/finding';
import { SCOPE_RULES, type ScopeRuleName } from './finding-rules';

// What each analyzer rule means, in words: docs/scopes.md lists exactly these rows (a unit test
// compares them) and the options page can show them. Apart from finding-rules.ts because the in-page
// script does not need these texts.

export interface FindingRule {
  id: string;
  severity: Severity;
  /** The rule in a few words. */
  title: string;
  /** What it means and what to do. */
  meaning: string;
  learnMore: string;
}

const RULE_TEXT: Record<ScopeRuleName, { title: string; meaning: string }> = {
  emptyValue: {
    title: 'Empty audience or scope',
    meaning: 'A pair lacks its audience, its scope, or both. Oracle needs both; an empty row left over from "+ Another scope" can be removed.',
  },
  audienceForm: {
    title: 'Audience is not an https address',
    meaning: 'An audience is the absolute https:// address of the service (e.g. an instance URL) or a URN audience that Oracle documents (urn:opc:resource:scope:account). http://, a bare host name or an unknown URN will not work.',
  },
  tooManyPairs: {
    title: 'More than 10 pairs',
    meaning: 'Oracle allows at most 10 audience-scope pairs per credential. Split the access over separate credentials, one per service.',
  },
  exclusiveCombined: {
    title: 'urn:opc:resource:consumer::all combined with other scopes',
    meaning: 'Oracle refuses urn:opc:resource:consumer::all next to any other scope in the same request. Make it the only pair, or replace it by a narrower scope.',
  },
  invisibleCharacters: {
    title: 'Space or control character inside a value',
    meaning: 'An audience or scope contains a space, tab, line break, non-breaking or zero-width space, or another control character, usually from copying out of a document. Oracle treats it as a different value. The fix removes it (in a role scope, a space becomes %20).',
  },
  broadScope: {
    title: 'Broad scope where a narrower one exists',
    meaning: 'The scope grants more than most jobs need (urn:opc:resource:consumer::all, urn:opc:idm:__myscopes__ or a wildcard), and the catalog knows a narrower scope for this audience. The fix puts in the first narrower scope the catalog names for the audience; keep the wide one only when the client really needs it.',
  },
  otherRealm: {
    title: "Audience in another realm than the Console's",
    meaning: "The audience's host is under another realm's domain (e.g. oraclegovcloud.com while the Console is in oraclecloud.com). Realms are isolated clouds: check that the audience is the intended service and not copied from another environment.",
  },
  duplicatePair: {
    title: 'Duplicate pair',
    meaning: 'The same audience and scope appear twice, possibly differing only in case, a trailing slash or the default port :443. Remove the repeat.',
  },
  severalAudiences: {
    title: 'One credential for several audiences',
    meaning: 'The credential reaches several unrelated audiences (services or instances), so one leaked secret exposes all of them. Prefer one credential per service.',
  },
  unfilledPlaceholder: {
    title: 'Placeholder not filled in',
    meaning: 'A value still holds a placeholder from a template or a document ({instance}, <id>, an empty host label, "instance"). Put in the real instance, region or role.',
  },
  unknownScope: {
    title: 'Scope not in the catalog',
    meaning: "The scope is not one the extension knows, or not one known for this audience. It may be right: check Oracle's documentation for the service.",
  },
  missingDescription: {
    title: 'No description',
    meaning: 'A description saying what uses the credential and who owns it helps whoever reviews or rotates it later.',
  },
  vagueName: {
    title: 'Name does not say what the credential is for',
    meaning: 'The name is empty, very short or generic ("test", "cred1", "asdf"). Name the credential after the job or system that uses it, e.g. "oic-orders-sync".',
  },
};

/** Every rule of the analyzer, in id order. */
export const FINDING_RULES: readonly FindingRule[] = (Object.keys(SCOPE_RULES) as ScopeRuleName[]).map((name) => ({
  ...SCOPE_RULES[name],
  ...RULE_TEXT[name],
}));
