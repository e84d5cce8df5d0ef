import type { ConsoleViews } from '@/utils/console/detect';
import type { ResolvedPolicy } from '@/utils/policy/resolve';

/** One in-page feature: told what the page shows now and what the policy is; stopped with the content script. */
export interface ConsoleFeature {
  update(views: ConsoleViews): void;
  /** The effective policy, once known and after each change. */
  onPolicy?(resolved: ResolvedPolicy): void;
  /** The newest policy request failed: the policy in force is unknown until the next answer. */
  onPolicyFailure?(message: string): void;
  stop(): void;
}
