import { useState } from 'preact/hooks';
import type { PolicyDocument } from '@/utils/policy/schema';
import { clearLocalPolicy, saveLocalPolicy } from '@/utils/policy/stored-policy';
import { validateLocalPolicy, type PolicyProblem } from '@/utils/policy/validate';
import { ConfirmAction } from './ConfirmAction';
import { ProblemList } from './ProblemList';

// Import of a local policy by file or paste: validated in full before anything is stored, so a
// rejected policy leaves the previous one in force; and removal, behind a confirmation.

/** A policy is a few kilobytes; anything this big is the wrong file. */
const MAX_FILE_BYTES = 1_000_000;

type Outcome = { kind: 'none' } | { kind: 'imported'; from: string } | { kind: 'rejected'; errors: PolicyProblem[] };

export interface LocalPolicyProps {
  local: PolicyDocument | undefined;
  managed: boolean;
  failClosed: boolean;
}

export function LocalPolicy({ local, managed, failClosed }: LocalPolicyProps) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const importText = async (policyText: string, from: string) => {
    const result = validateLocalPolicy(policyText);
    if (!result.ok) return setOutcome({ kind: 'rejected', errors: result.errors });
    try {
      await saveLocalPolicy(result.policy);
      setOutcome({ kind: 'imported', from });
    } catch (error) {
      setOutcome({ kind: 'rejected', errors: [{ path: '', message: `the browser could not store it: ${(error as Error).message}` }] });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      return setOutcome({ kind: 'rejected', errors: [{ path: '', message: `${file.name} is ${file.size} bytes: a policy file is at most ${MAX_FILE_BYTES}` }] });
    }
    const content = await file.text();
    setText(content);
    await importText(content, file.name);
  };

  return (
    <section aria-labelledby="local-title" id="local">
      <h2 id="local-title">Local policy</h2>
      <p>
        For installs without an organization policy, and to try a policy before deploying it. Only the fields it sets apply; everything
        else keeps its built-in default.
        {managed && !failClosed && ' Fields that your organization sets always win over the local policy.'}
        {failClosed && ' While the organization policy is invalid, the local policy is ignored.'}
      </p>
      <form
        class="import"
        onSubmit={(event) => {
          event.preventDefault();
          void importText(text, 'the pasted text');
        }}
      >
        <label for="policy-text">Policy JSON</label>
        <textarea
          id="policy-text"
          rows={10}
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          placeholder='{ "schemaVersion": 1, "enforcement": "block", "deniedScopes": ["urn:opc:resource:consumer::all"] }'
        />
        <div class="actions">
          <button type="submit" class="primary">
            Validate and import
          </button>
          <label class="file">
            Import a policy file
            <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.currentTarget)} />
          </label>
        </div>
      </form>
      <div class="outcome" aria-live="polite">
        {outcome.kind === 'imported' && (
          <p class="ok" data-import="imported">
            Imported from {outcome.from}: the local policy is in force.
          </p>
        )}
        {outcome.kind === 'rejected' && (
          <div class="rejected" role="alert" data-import="rejected">
            <p>The policy was not imported; {local ? 'the previous local policy stays in force' : 'nothing was changed'}.</p>
            <ProblemList problems={outcome.errors} label="Problems in the policy" />
          </div>
        )}
      </div>
      {local ? (
        <details class="current">
          <summary>The stored local policy</summary>
          <pre tabIndex={0} aria-label="The stored local policy">{JSON.stringify(local, null, 2)}</pre>
        </details>
      ) : (
        <p class="muted">No local policy is stored.</p>
      )}
      {local && (
        <ConfirmAction
          label="Remove the local policy"
          question="Remove the local policy? Its fields go back to the built-in defaults (or to your organization's policy)."
          confirmLabel="Remove"
          onConfirm={async () => {
            await clearLocalPolicy();
            setOutcome({ kind: 'none' });
          }}
        />
      )}
    </section>
  );
}
