import type { z } from 'zod';
import { policySchema, type PolicyDocument } from './schema';

// Turns anything that claims to be a policy into a PolicyDocument or a list of problems, each with
// the exact place in the document (`vault.itemTtlHours`, `deniedScopes[2]`, `exemptions[0].expires`)
// so a security team can fix their file without guessing.

export interface PolicyProblem {
  /** Where in the document; '' for the document as a whole. */
  path: string;
  message: string;
}

export type PolicyValidation = { ok: true; policy: PolicyDocument } | { ok: false; errors: PolicyProblem[] };

export function formatPolicyPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      const plain = /^[A-Za-z0-9_*?-]+$/.test(name);
      if (!plain) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export function describePolicyIssues(error: z.ZodError): PolicyProblem[] {
  return error.issues.flatMap((issue): PolicyProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPolicyPath([...issue.path, key]), message: `unknown field "${key}"` }));
    }
    if (issue.code === 'invalid_key') {
      const reason = issue.issues[0]?.message ?? 'not allowed here';
      return [{ path: formatPolicyPath(issue.path), message: `invalid key: ${reason}` }];
    }
    return [{ path: formatPolicyPath(issue.path), message: issue.message }];
  });
}

export function parsePolicyDocument(value: unknown): PolicyValidation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ path: '', message: 'a policy is a JSON object: { "enforcement": "block", … }' }] };
  }
  const parsed = policySchema.safeParse(value);
  return parsed.success ? { ok: true, policy: parsed.data } : { ok: false, errors: describePolicyIssues(parsed.error) };
}

/** Line and column (1-based) of a JSON syntax error, from V8's or Firefox's message. */
function jsonErrorPlace(message: string, text: string): { line: number; column: number } | undefined {
  const stated = /line (\d+) column (\d+)/.exec(message);
  if (stated) return { line: Number(stated[1]), column: Number(stated[2]) };
  const position = /at position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Validates a policy file or paste for the options page's import. */
export function validateLocalPolicy(text: string): PolicyValidation {
  if (text.trim() === '') {
    return { ok: false, errors: [{ path: '', message: 'the policy is empty: paste or choose a JSON policy file' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const place = jsonErrorPlace(message, text);
    const where = place ? ` at line ${place.line}, column ${place.column}` : '';
    return { ok: false, errors: [{ path: '', message: `not valid JSON${where}: ${message}` }] };
  }
  return parsePolicyDocument(value);
}
