import { createShadowHost, type ShadowHost } from '@/components/shared/shadow-host';
import { RealmBanner } from '@/components/banner/RealmBanner';
import { BANNER_CSS } from '@/components/banner/banner-css';
import { availabilityFor } from '@/utils/realm/availability';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleViews } from '@/utils/console/detect';

// The realm-availability banner: on the credentials list, above the Generate form and in the secret
// dialog, so the user knows before filling the form whether it can work in this realm.

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
  // Dismissal lasts for this page's life; see the issue note about session-wide memory.
  let dismissed = false;

  function remove() {
    ui?.remove();
    ui = null;
    anchor = null;
  }

  return {
    update(views: ConsoleViews) {
      const place = dismissed ? null : anchorFor(views);
      if (!place) return remove();
      if (ui && anchor === place.parent && ui.isAttached()) return;
      remove();
      anchor = place.parent;
      ui = createShadowHost('ocg-realm-banner', BANNER_CSS, (host) => place.parent.insertBefore(host, place.before));
      const result = availabilityFor(detection);
      const known = detection.status === 'known' ? detection : null;
      ui.update(
        <RealmBanner
          availability={result.availability}
          realmLabel={known ? `${known.realm.toUpperCase()} — ${known.realmName}` : undefined}
          region={known?.regionName ?? known?.region}
          source={result.source}
          policyNote={result.overridden ? result.note : undefined}
          onDismiss={() => {
            dismissed = true;
            remove();
          }}
        />,
        { realm: known ? known.realm : 'unknown', availability: result.availability },
      );
    },
    stop: remove,
  };
}
