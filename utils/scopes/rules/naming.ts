import type { CredentialDraft, Finding } from '../../findings/finding';
import { ruleFinding, SCOPE_RULES } from '../finding-rules';

// Name and description: what tells a reviewer, months later, what the credential is for. Only
// names made wholly of filler words are flagged, so "test-oic-orders" passes while "test 2" does not.

/** Fewer letters and digits than this says nothing (so "oic" passes, "x1" does not). */
const MIN_NAME_CHARACTERS = 3;

const FILLER_WORDS = new Set([
  'test', 'testing', 'tmp', 'temp', 'demo', 'foo', 'bar', 'baz', 'abc', 'asdf', 'qwerty', 'my', 'new', 'default', 'untitled',
  'example', 'sample', 'name', 'cred', 'creds', 'credential', 'credentials', 'client', 'secret', 'oauth', 'oauth2', 'token', 'key',
]);

/** One key held down, or a run along the keyboard: "xxx", "asdfasdf", "qwertz". */
const KEYBOARD_MASH = /^(?:(.)\1+|asdf.*|qwer.*|zxcv.*)$/;

/** Words of a name, split at spaces, punctuation, and between letters and digits: "cred1" → cred, 1. */
function words(name: string): string[] {
  return name.toLowerCase().match(/[a-z]+|\d+|[^\sa-z\d\p{P}\p{S}]+/gu) ?? [];
}

function isVague(name: string): boolean {
  const parts = words(name);
  if (parts.join('').length < MIN_NAME_CHARACTERS) return true;
  return parts.every((word) => /^\d+$/.test(word) || FILLER_WORDS.has(word) || KEYBOARD_MASH.test(word));
}

export function namingFindings(draft: CredentialDraft): Finding[] {
  const findings: Finding[] = [];
  const name = draft.name.trim();
  if (name === '') {
    findings.push(ruleFinding(SCOPE_RULES.vagueName, { kind: 'name' }, 'Name the credential after its job',
      'Say what uses it, e.g. "oic-orders-sync" or "payroll-export-oac".'));
  } else if (isVague(name)) {
    findings.push(ruleFinding(SCOPE_RULES.vagueName, { kind: 'name' }, `"${name}" does not say what the credential is for`,
      'Name it after the job or system that uses it, e.g. "oic-orders-sync", so whoever reviews or rotates it knows what breaks without it.'));
  }
  if (draft.description.trim() === '') {
    findings.push(ruleFinding(SCOPE_RULES.missingDescription, { kind: 'description' }, 'Add a description',
      'Say what uses the credential and who owns it; it helps whoever reviews or rotates it later.'));
  }
  return findings;
}
