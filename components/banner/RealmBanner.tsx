import type { JSX } from 'preact';
import { whenTrusted } from '../shared/trusted';

export type Availability = 'available' | 'unavailable' | 'unknown';

export interface RealmBannerProps {
  availability: Availability;
  /** e.g. "OC1 — commercial realm"; absent when the realm is unknown. */
  realmLabel?: string;
  region?: string;
  /** Oracle's wording and the page it comes from. */
  source: { wording: string; url: string };
  /** Set when an organisation policy, not Oracle's table, decided availability. */
  policyNote?: string;
  onDismiss(): void;
}

const TITLES: Record<Availability, (realm: string) => string> = {
  unavailable: (realm) => `OAuth 2.0 client credentials are not available in ${realm}`,
  available: (realm) => `OAuth 2.0 client credentials are available in ${realm}`,
  unknown: () => 'Availability of OAuth 2.0 client credentials could not be determined',
};

/**
 * Tells the user, before they fill the Generate form, whether the credential can work in this
 * realm. Unavailable is an alert; available and unknown are quiet status notes.
 */
export function RealmBanner(props: RealmBannerProps): JSX.Element {
  const { availability, realmLabel, region, source, policyNote, onDismiss } = props;
  const realm = realmLabel ?? 'this realm';
  // Only the user dismisses: a click or key press dispatched by a page script is ignored.
  const onKeyDown = whenTrusted((event: KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
  });
  return (
    <section
      class={`banner ${availability}`}
      role={availability === 'unavailable' ? 'alert' : 'status'}
      aria-label="Realm availability"
      onKeyDown={onKeyDown}
    >
      <div class="text">
        <strong class="title">{TITLES[availability](realm)}</strong>
        {region && availability !== 'unknown' && <span class="region"> Region: {region}.</span>}
        {availability === 'unavailable' && (
          <p class="detail">
            Oracle: “{source.wording}” Generating one here will not work; use an identity domain in a realm where
            they are available.
          </p>
        )}
        {availability === 'unknown' && (
          <p class="detail">
            This Console host is not in the extension's realm table, so it cannot tell whether these credentials
            work here. Check Oracle's documentation before you continue.
          </p>
        )}
        {policyNote && <p class="detail policy">Your organisation's policy: {policyNote}</p>}
        <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
          Oracle documentation
        </a>
      </div>
      <button type="button" class="dismiss" onClick={whenTrusted(onDismiss)} aria-label="Dismiss realm availability notice">
        ×
      </button>
    </section>
  );
}
