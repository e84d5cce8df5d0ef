import { followPolicy } from '@/utils/policy/page-policy';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import type { ConsoleFeature } from './feature';
import { captureFeature } from './features/capture';
import { credentialsSeenFeature } from './features/credentials-seen';
import { realmBannerFeature } from './features/realm-banner';
import { scopeAssistantFeature } from './features/scope-assistant';

// The in-page features, started in a frame the first time it shows a credentials view: a frame that
// never does (a Console page of another service, the top frame around the service iframe) asks the
// background nothing and listens to nothing but the observer. Once started they run until `life` ends.

export function startFeatures(realm: RealmDetection, life: AbortSignal): ConsoleFeature[] {
  const features: ConsoleFeature[] = [
    realmBannerFeature(realm),
    scopeAssistantFeature(realm, life),
    captureFeature(realm),
    credentialsSeenFeature(),
  ];
  followPolicy(
    {
      onPolicy: (resolved) => features.forEach((feature) => feature.onPolicy?.(resolved)),
      onFailure: (message) => features.forEach((feature) => feature.onPolicyFailure?.(message)),
    },
    life,
  );
  life.addEventListener('abort', () => features.forEach((feature) => feature.stop()), { once: true });
  return features;
}
