import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import { RealmBanner } from '@/components/banner/RealmBanner';
import { BANNER_CSS } from '@/components/banner/banner-css';
import { availabilityFor, type AvailabilityOverrides } from '@/utils/realm/availability';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleViews } from '@/utils/console/detect';
import type { ResolvedPolicy } from '@/utils/policy/resolve';

// The realm-availability banner: on the credentials list, above the Generate form and in the secret
// dialog, so the user knows before filling the form whether it can work in this realm. The
// organisation's policy may override Oracle's table per realm; a change applies at once.

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

  function render(banner: ShadowHost) {
    const result = availabilityFor(detection, overrides);
    const known = detection.status === 'known' ? detection : null;
    banner.update(
      <RealmBanner
        availability={result.availability}
        realmLabel={known ? `${known.realm.toUpperCase()} — ${known.realmName}` : undefined}
        region={known?.regionName ?? known?.region}
        source={result.source}
        policyNote={result.overridden ? (result.note ?? 'it decides availability in this realm.') : undefined}
        onDismiss={() => {
          dismissed = true;
          remove();
        }}
      />,
      { realm: known ? known.realm : 'unknown', availability: result.availability },
    );
  }

  return {
    update(views: ConsoleViews) {
      const place = dismissed ? null : anchorFor(views);
      if (!place) return remove();
      if (ui && anchor === place.parent && ui.isAttached()) return;
      remove();
      anchor = place.parent;
      ui = createShadowHost('ocg-realm-banner', BANNER_CSS, (host) => place.parent.insertBefore(host, place.before));
      render(ui);
    },
    onPolicy(resolved: ResolvedPolicy) {
      overrides = resolved.policy.realmAvailability;
      if (ui) render(ui);
    },
    stop: remove,
  };
}
