import { credentialOwner, readConsoleContext } from '@/utils/console/context';
import { credentialsShown, type ShownCredential } from '@/utils/console/credentials-shown';
import type { ConsoleViews } from '@/utils/console/detect';
import { sendContentRequest } from '@/utils/messages/send';
import { createSeenReport } from '@/utils/vault/seen-report';
import type { ConsoleFeature } from '../feature';

// Tells the vault which credentials (name + OCID) the Console lists or shows, so the background can
// attach the OCID to the captured item waiting for it (utils/vault/match-ocid.ts). One message per
// change worth telling, never one per DOM mutation. Told in a task of its own: update() runs in the
// task that shows the change (a dialog opening), whose frame should not wait for our bookkeeping.

export function credentialsSeenFeature(): ConsoleFeature {
  const report = createSeenReport();
  const pending = new Set<ReturnType<typeof setTimeout>>();
  function tell(fresh: ShownCredential[]) {
    const targetUser = credentialOwner(readConsoleContext(document)).targetUser;
    const credentials = fresh.map((credential) => (targetUser ? { ...credential, targetUser } : credential));
    sendContentRequest({ type: 'vault/credentials-seen', credentials }).catch((error: unknown) =>
      console.warn('OCI Credential Guard could not tell the vault which credentials the Console shows', error),
    );
  }
  return {
    update(views: ConsoleViews) {
      const fresh = report(credentialsShown(views), views.secretDialog !== null);
      if (fresh.length === 0) return;
      const timer = setTimeout(() => {
        pending.delete(timer);
        tell(fresh);
      }, 0);
      pending.add(timer);
    },
    stop() {
      pending.forEach(clearTimeout);
      pending.clear();
    },
  };
}
