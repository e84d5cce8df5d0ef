import type { MessageRouter } from '../messages/router';
import { readStoredPolicy } from './stored-policy';

/**
 * Wires the policy into the background: content scripts ask for the effective policy here.
 * Call synchronously at the background's top level, after startMessageRouter().
 */
export function installPolicy({ router }: { router: MessageRouter }): void {
  router.onContent('policy/get', () => readStoredPolicy());
}
