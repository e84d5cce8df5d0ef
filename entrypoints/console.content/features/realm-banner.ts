import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import type { AvailabilityOverrides } from '@/utils/realm/availability';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleViews } from '@/utils/console/detect';
import type { ResolvedPolicy } from '@/utils/policy/resolve';

// The realm-availability banner: on the credentials list, above the Generate form and in the secret
// dialog, so the user knows before filling the form whether it can work in this realm. The
// organisation's policy may override Oracle's table per realm; a change applies at once
// (components/banner/realm-banner-input.ts decides what the banner says).

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
  // Dismissal lasts for this page's life; see the issue note about session-wide memory.
  let dismissed = false;

  function remove() {
    ui?.remove();
    ui = null;
    anchor = null;
  }

  // The host and data-realm now; the banner's text and data-availability come with the in-page UI.
  function render(banner: ShadowHost) {
    const onDismiss = () => {
      dismissed = true;
      remove();
    };
    banner.update(
      { kind: 'realm-banner', props: { detection, overrides, onDismiss } },
      { realm: detection.status === 'known' ? detection.realm : 'unknown' },
    );
  }

  return {
    update(views: ConsoleViews) {
      const place = dismissed ? null : anchorFor(views);
      if (!place) return remove();
      if (ui && anchor === place.parent && ui.isAttached()) return;
      remove();
      anchor = place.parent;
      ui = createShadowHost('ocg-realm-banner', (host) => place.parent.insertBefore(host, place.before));
      render(ui);
    },
    onPolicy(resolved: ResolvedPolicy) {
      overrides = resolved.policy.realmAvailability;
      if (ui) render(ui);
    },
    stop: remove,
  };
}
