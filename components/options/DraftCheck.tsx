import { useMemo, useState } from 'preact/hooks';
import { FindingsList } from '@/components/findings/FindingsList';
import { FINDINGS_CSS } from '@/components/findings/findings-css';
import type { CredentialDraft, ScopePair } from '@/utils/findings/finding';
import { checkDraft } from '@/utils/policy/check-draft';
import { isGenerateBlocked } from '@/utils/policy/evaluate';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import type { EffectivePolicy } from '@/utils/policy/schema';

// "Try a credential draft against this policy": the same findings the Console's assistant would
// show for this draft under the policy in force, and whether Generate would be blocked.

/** Oracle's limit of pairs per credential. */
const MAX_ROWS = 10;

export function DraftCheck({ policy }: { policy: EffectivePolicy }) {
  const [draft, setDraft] = useState<CredentialDraft>({ name: '', description: '', pairs: [{ audience: '', scope: '' }] });
  const check = useMemo(() => {
    const findings = checkDraft(draft, { catalog: SCOPE_CATALOG, policy, now: new Date() });
    return { findings, ...isGenerateBlocked(findings, policy) };
  }, [draft, policy]);

  const setPair = (index: number, change: Partial<ScopePair>) =>
    setDraft({ ...draft, pairs: draft.pairs.map((pair, i) => (i === index ? { ...pair, ...change } : pair)) });

  return (
    <section aria-labelledby="draft-title" id="draft">
      <h2 id="draft-title">Try a credential draft against this policy</h2>
      <style>{FINDINGS_CSS}</style>
      <form class="draft" onSubmit={(event) => event.preventDefault()}>
        <label for="draft-name">Name</label>
        <input id="draft-name" value={draft.name} onInput={(event) => setDraft({ ...draft, name: event.currentTarget.value })} />
        <label for="draft-description">Description</label>
        <textarea
          id="draft-description"
          rows={2}
          value={draft.description}
          onInput={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
        />
        {draft.pairs.map((pair, index) => (
          <fieldset key={index} class="pair">
            <legend>Scope row {index + 1}</legend>
            <label for={`draft-audience-${index}`}>Audience</label>
            <input
              id={`draft-audience-${index}`}
              value={pair.audience}
              onInput={(event) => setPair(index, { audience: event.currentTarget.value })}
            />
            <label for={`draft-scope-${index}`}>Scope</label>
            <input id={`draft-scope-${index}`} value={pair.scope} onInput={(event) => setPair(index, { scope: event.currentTarget.value })} />
            <button
              type="button"
              disabled={draft.pairs.length === 1}
              aria-label={`Remove scope row ${index + 1}`}
              onClick={() => setDraft({ ...draft, pairs: draft.pairs.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          disabled={draft.pairs.length >= MAX_ROWS}
          onClick={() => setDraft({ ...draft, pairs: [...draft.pairs, { audience: '', scope: '' }] })}
        >
          + Another scope
        </button>
      </form>
      <div class="verdict" data-blocked={String(check.blocked)} role="status">
        {check.blocked ? (
          <>
            <p>
              <strong>Generate would be blocked.</strong> Change these first:
            </p>
            <ul>
              {check.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            <strong>Generate would be allowed</strong>
            {policy.enforcement === 'block' ? '.' : ` (enforcement is "${policy.enforcement}": Generate is never blocked).`}
          </p>
        )}
      </div>
      <FindingsList findings={check.findings} emptyText="No findings: this draft meets the policy." />
    </section>
  );
}
