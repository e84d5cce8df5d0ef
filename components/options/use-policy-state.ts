import { useEffect, useState } from 'preact/hooks';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { PolicyDocument } from '@/utils/policy/schema';
import { readLocalPolicy, readStoredPolicy, watchStoredPolicy } from '@/utils/policy/stored-policy';
import { messageOf } from '@/utils/message-of';

// The effective policy and the stored local policy, kept current while the page is open: a
// managed policy pushed by the organisation or an import in another tab shows up at once.

export type PolicyState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; resolved: ResolvedPolicy; local: PolicyDocument | undefined };

export function usePolicyState(): PolicyState {
  const [state, setState] = useState<PolicyState>({ status: 'loading' });
  useEffect(() => {
    let latest = 0;
    let active = true;
    // Only the newest read counts when changes come in quick succession.
    const load = (resolved?: ResolvedPolicy) => {
      const ticket = ++latest;
      Promise.all([resolved ?? readStoredPolicy(), readLocalPolicy()]).then(
        ([current, local]) => {
          if (active && ticket === latest) setState({ status: 'ready', resolved: current, local });
        },
        (error: unknown) => {
          if (active && ticket === latest) setState({ status: 'failed', error: messageOf(error) });
        },
      );
    };
    const unwatch = watchStoredPolicy(load);
    load();
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return state;
}
