import { CopyButton } from '@/components/shared/CopyButton';
import { downloadFile } from '@/components/shared/download';
import type { ChannelOffer } from '@/utils/handoff/channels';
import type { HandoffChannel } from '@/utils/vault/events';
import { EmailComposer } from './EmailComposer';
import type { MadePackage } from './made-package';
import { PassphraseBox } from './PassphraseBox';

export interface PackageDeliveryProps {
  made: MadePackage;
  credentialName: string;
  offer: ChannelOffer;
  minimumBits: number;
  /** The channel the user just used, to preselect it in "Mark delivered". */
  onUsed: (channel: HandoffChannel) => void;
  onDiscard: () => void;
}

export function PackageDelivery({ made, credentialName, offer, minimumBits, onUsed, onDiscard }: PackageDeliveryProps) {
  const protectedBy = made.protection === 'passphrase' ? 'this passphrase' : `the public key ${made.recipient ?? ''}`;
  return (
    <div aria-labelledby="delivery-title">
      <h3 id="delivery-title">2. Send it</h3>
      <p>
        Encrypted to {protectedBy}. It holds the secret, the OCID, the scopes and the token endpoint; only the recipient can open it.
      </p>
      {made.passphrase !== undefined && <PassphraseBox passphrase={made.passphrase} minimumBits={minimumBits} />}
      <label for="armored-package">Encrypted package (armored text)</label>
      <textarea id="armored-package" class="mono" readOnly rows={8} value={made.sealed.armored} />
      <div class="row">
        <CopyButton text={made.sealed.armored} label="Copy encrypted package" />
        {(offer.file || offer.email) && (
          <button
            type="button"
            onClick={() => {
              downloadFile(made.sealed.binary, made.fileName, 'application/octet-stream');
              if (offer.file) onUsed('file');
            }}
          >
            Download {made.fileName}
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          Make another package
        </button>
      </div>
      {offer.email && <EmailComposer made={made} credentialName={credentialName} onComposed={() => onUsed('email')} />}
    </div>
  );
}
