import { mountCapture, type CaptureMount } from '@/components/capture/mount-capture';
import { mountSecretLost, type SecretLostMount } from '@/components/capture/mount-secret-lost';
import { credentialOwner, readConsoleContext } from '@/utils/console/context';
import { readDraft } from '@/utils/console/read-form';
import type { ConsoleViews } from '@/utils/console/detect';
import type { CredentialDraft } from '@/utils/findings/finding';
import { sendContentRequest } from '@/utils/messages/send';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleFeature } from '../feature';

// Capture into the handoff vault: <ocg-capture> beside the one-time secret. The Generate panel is
// gone when the dialog shows, so the draft as last seen in the panel is kept (it holds no secret).
// The policy may capture at once (vault.autoCapture) and may hold the dialog open until the secret
// is captured (vault.captureBeforeClose); until the background has answered, the defaults apply.
// If the dialog goes away without a capture all the same (a way of closing it that could not be
// held back), the page says the secret is lost, and under "block" the audit log records it.

const realmOf = (detection: RealmDetection) => (detection.status === 'known' ? { realm: detection.realm } : {});

export function captureFeature(detection: RealmDetection): ConsoleFeature {
  let lastDraft: CredentialDraft = { name: '', description: '', pairs: [] };
  let mount: CaptureMount | null = null;
  let dialogElement: Element | null = null;
  let lost: SecretLostMount | null = null;
  let stopped = false;
  let { autoCapture, captureBeforeClose } = DEFAULT_POLICY.vault;

  function remove() {
    mount?.remove();
    mount = null;
    dialogElement = null;
  }

  /** The dialog left the page: if that lost the secret, say so where the list is (else atop the page). */
  function dialogClosed(gone: CaptureMount, credentialName: string, views: ConsoleViews) {
    const list = views.credentialsList?.element;
    const place = (host: HTMLElement) => (list ? list.insertBefore(host, list.firstElementChild) : document.body.prepend(host));
    void gone.dialogGone().then((decision) => {
      if (!decision.lost || mount || stopped) return;
      lost?.remove();
      lost = mountSecretLost({ credentialName, message: decision.message, place });
      if (!decision.audit) return;
      const event = { kind: 'closed-before-capture' as const, ...(credentialName ? { credentialName } : {}), ...realmOf(detection) };
      sendContentRequest({ type: 'audit/closed-before-capture', event }).catch((error: unknown) =>
        console.warn('OCI Credential Guard could not record the closed dialog in the audit log', error),
      );
    });
  }

  function captureIfPolicySays() {
    if (autoCapture && mount && !mount.isCaptured()) void mount.captureNow();
  }

  return {
    update(views: ConsoleViews) {
      if (views.generatePanel) lastDraft = readDraft(views.generatePanel);
      const dialog = views.secretDialog;
      if (!dialog) {
        // Gone from the page, not merely re-rendered in place.
        const gone = mount && dialogElement && !dialogElement.isConnected ? mount : null;
        remove();
        if (gone) dialogClosed(gone, lastDraft.name.trim(), views);
        return;
      }
      if (mount && dialogElement === dialog.element && mount.host.isConnected) return;
      remove();
      lost?.remove();
      lost = null;
      dialogElement = dialog.element;
      const draft = lastDraft;
      const shownAt = Date.now();
      mount = mountCapture({
        dialog,
        beforeClose: captureBeforeClose,
        place: (host) => dialog.secretElement.after(host),
        context: () => ({
          credentialName: draft.name.trim(),
          description: draft.description,
          pairs: draft.pairs.filter((pair) => pair.audience.trim() || pair.scope.trim()),
          host: detection.host || location.hostname,
          ...realmOf(detection),
          ...(detection.status === 'known' && detection.region ? { region: detection.region } : {}),
          ...credentialOwner(readConsoleContext(document)),
          createdAt: shownAt,
        }),
      });
      captureIfPolicySays();
    },
    onPolicy({ policy }: ResolvedPolicy) {
      ({ autoCapture, captureBeforeClose } = policy.vault);
      mount?.setBeforeClose(captureBeforeClose);
      captureIfPolicySays();
    },
    stop() {
      stopped = true;
      remove();
      lost?.remove();
      lost = null;
    },
  };
}
