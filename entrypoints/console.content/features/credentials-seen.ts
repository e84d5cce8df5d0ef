import { credentialOwner, readConsoleContext } from '@/utils/console/context';
import { credentialsShown } from '@/utils/console/credentials-shown';
import type { ConsoleViews } from '@/utils/console/detect';
import { sendContentRequest } from '@/utils/messages/send';
import { createSeenReport } from '@/utils/vault/seen-report';
import type { ConsoleFeature } from '../feature';

// Tells the vault which credentials (name + OCID) the Console lists or shows, so the background can
// attach the OCID to the captured item waiting for it (utils/vault/match-ocid.ts). One message per
// change worth telling, never one per DOM mutation.

export function credentialsSeenFeature(): ConsoleFeature {
  const report = createSeenReport();
  return {
    update(views: ConsoleViews) {
      const fresh = report(credentialsShown(views), views.secretDialog !== null);
      if (fresh.length === 0) return;
      const targetUser = credentialOwner(readConsoleContext(document)).targetUser;
      const credentials = fresh.map((credential) => (targetUser ? { ...credential, targetUser } : credential));
      sendContentRequest({ type: 'vault/credentials-seen', credentials }).catch((error: unknown) =>
        console.warn('OCI Credential Guard could not tell the vault which credentials the Console shows', error),
      );
    },
    stop: () => undefined,
  };
}
