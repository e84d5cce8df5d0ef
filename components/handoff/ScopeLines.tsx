import type { ScopePair } from '@/utils/findings/finding';
import { fullyQualifiedScope } from '@/utils/scopes/fully-qualified';

/** The credential's fully qualified scopes (audience + scope), one per line, as the token request needs them. */
export function ScopeLines({ pairs }: { pairs: readonly ScopePair[] }) {
  return (
    <>
      {pairs.map((pair) => {
        const scope = fullyQualifiedScope(pair);
        return (
          <code key={scope} style={{ display: 'block' }}>
            {scope}
          </code>
        );
      })}
    </>
  );
}
