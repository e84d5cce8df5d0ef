import type { ChannelOffer } from '@/utils/handoff/channels';
import { missingForPackage } from '@/utils/handoff/from-vault-item';
import type { HandoffChannel } from '@/utils/vault/events';
import type { TokenEndpointFacts } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import type { HandoffClient } from './handoff-client';
import type { MadePackage } from './made-package';
import { PackageDelivery } from './PackageDelivery';
import { PackageMaker } from './PackageMaker';

export interface PackageSectionProps {
  item: VaultItemSummary;
  /** Known from the Console, or entered on the page. */
  endpoint: TokenEndpointFacts | undefined;
  secret: string;
  offer: ChannelOffer;
  minimumBits: number;
  seal: HandoffClient['seal'];
  made?: MadePackage;
  onMade: (made: MadePackage | undefined) => void;
  onUsed: (channel: HandoffChannel) => void;
}

function listInWords(parts: (string | false)[]): string {
  const kept = parts.filter((part): part is string => part !== false);
  return kept.length < 2 ? (kept[0] ?? '') : `${kept.slice(0, -1).join(', ')} or ${kept.at(-1) ?? ''}`;
}

export function PackageSection({ item, endpoint, secret, offer, minimumBits, seal, made, onMade, onUsed }: PackageSectionProps) {
  const missing = missingForPackage(item, endpoint);
  const ways = listInWords([offer.email && 'by email', offer.file && 'as a file', offer.print && 'on a printed sheet']);
  return (
    <section class="card" aria-labelledby="package-title">
      <h2 id="package-title">Encrypted package</h2>
      <p>
        The secret and everything needed to use it, encrypted with age, to send {ways}. The recipient opens it with OCI Credential Guard or the{' '}
        <code>age</code> command.
      </p>
      {missing ? (
        <p class="hint">{missing}</p>
      ) : made ? (
        <PackageDelivery
          made={made}
          credentialName={item.context.credentialName}
          offer={offer}
          minimumBits={minimumBits}
          onUsed={onUsed}
          onDiscard={() => onMade(undefined)}
        />
      ) : (
        <PackageMaker item={item} endpoint={endpoint} secret={secret} minimumBits={minimumBits} seal={seal} onMade={onMade} />
      )}
    </section>
  );
}
