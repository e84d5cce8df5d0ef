import { browser } from 'wxt/browser';
import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import { isDismissedElsewhere } from '@/utils/banner/dismissed-elsewhere';
import type { AvailabilityOverrides } from '@/utils/realm/availability';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleViews } from '@/utils/console/detect';
import { sendContentRequest } from '@/utils/messages/send';
import type { ResolvedPolicy } from '@/utils/policy/resolve';

// The realm-availability banner: on the credentials list, above the Generate form and in the secret
// dialog, so the user knows before filling the form whether it can work in this realm. The
// organisation's policy may override Oracle's table per realm; a change applies at once
// (components/banner/realm-banner-input.ts decides what the banner says). A dismissal holds for the
// realm until the browser restarts (the background keeps it: utils/banner/install-dismissals.ts), and
// the background tells the other open tabs whose banner asked, which take theirs away at once.

function anchorFor(views: ConsoleViews): { parent: Element; before: Element | null } | null {
  const panel = views.generatePanel?.element ?? views.secretDialog?.element;
  if (panel) return { parent: panel, before: panel.firstElementChild };
  const list = views.credentialsList;
  if (list) return { parent: list.element, before: list.element.firstElementChild };
  return null;
}

export function realmBannerFeature(detection: RealmDetection) {
  let ui: ShadowHost | null = null;
  let anchor: Element | null = null;
  let overrides: AvailabilityOverrides = {};
  let dismissed = false;
  const realm = detection.status === 'known' ? detection.realm : 'unknown';
  const warn = (error: unknown) => console.warn('OCI Credential Guard could not reach its background about the realm banner', error);

  function remove() {
    ui?.remove();
    ui = null;
    anchor = null;
  }

  // data-realm from here; the banner's text and data-availability from the in-page UI.
  function render(banner: ShadowHost) {
    const onDismiss = () => {
      dismissed = true;
      remove();
      sendContentRequest({ type: 'realm-banner/dismiss', realm }).catch(warn);
    };
    banner.update({ kind: 'realm-banner', props: { detection, overrides, onDismiss } }, { realm });
  }

  // Asked once, when the banner is first due: pages without it send nothing. Until the answer the
  // host is in place but empty, so a banner dismissed earlier does not flash up.
  let answered = false;
  let asked = false;
  function askIfDismissedBefore() {
    if (asked) return;
    asked = true;
    sendContentRequest({ type: 'realm-banner/dismissed', realm })
      .then((answer) => {
        dismissed ||= answer.dismissed;
      })
      .catch(warn)
      .finally(() => {
        answered = true;
        if (dismissed) remove();
        else if (ui) render(ui);
      });
  }

  const onMessage = (message: unknown) => {
    if (!isDismissedElsewhere(message, realm)) return;
    dismissed = true;
    remove();
  };
  browser.runtime.onMessage.addListener(onMessage);

  return {
    update(views: ConsoleViews) {
      const place = dismissed ? null : anchorFor(views);
      if (!place) return remove();
      askIfDismissedBefore();
      if (ui && anchor === place.parent && ui.isAttached()) return;
      remove();
      anchor = place.parent;
      ui = createShadowHost('ocg-realm-banner', (host) => place.parent.insertBefore(host, place.before));
      if (answered) render(ui);
    },
    onPolicy(resolved: ResolvedPolicy) {
      overrides = resolved.policy.realmAvailability;
      if (ui && answered) render(ui);
    },
    stop() {
      browser.runtime.onMessage.removeListener(onMessage);
      remove();
    },
  };
}
