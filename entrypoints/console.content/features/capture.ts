import { mountCapture, type CaptureMount } from '@/components/capture/mount-capture';
import { credentialOwner, readConsoleContext } from '@/utils/console/context';
import { readDraft } from '@/utils/console/read-form';
import type { ConsoleViews } from '@/utils/console/detect';
import type { CredentialDraft } from '@/utils/findings/finding';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleFeature } from '../feature';

// Capture into the handoff vault: <ocg-capture> beside the one-time secret. The Generate panel is
// gone when the dialog shows, so the draft as last seen in the panel is kept (it holds no secret).
// The policy may capture at once (vault.autoCapture) and may hold the dialog open until the secret
// is captured (vault.captureBeforeClose); until the background has answered, the defaults apply.

export function captureFeature(detection: RealmDetection): ConsoleFeature {
  let lastDraft: CredentialDraft = { name: '', description: '', pairs: [] };
  let mount: CaptureMount | null = null;
  let dialogElement: Element | null = null;
  let { autoCapture, captureBeforeClose } = DEFAULT_POLICY.vault;

  function remove() {
    mount?.remove();
    mount = null;
    dialogElement = null;
  }

  function captureIfPolicySays() {
    if (autoCapture && mount && !mount.isCaptured()) void mount.captureNow();
  }

  return {
    update(views: ConsoleViews) {
      if (views.generatePanel) lastDraft = readDraft(views.generatePanel);
      const dialog = views.secretDialog;
      if (!dialog) return remove();
      if (mount && dialogElement === dialog.element && mount.host.isConnected) return;
      remove();
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
          ...(detection.status === 'known' ? { realm: detection.realm } : {}),
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
    stop: remove,
  };
}
