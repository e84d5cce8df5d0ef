import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { WorkProgress } from '@/components/shared/WorkProgress';
import type { PackageProtection } from '@/utils/handoff/age';
import { parseRecipient } from '@/utils/handoff/age-keys';
import { packageFileName } from '@/utils/handoff/file-names';
import { handoffDocumentForItem } from '@/utils/handoff/from-vault-item';
import { JobCancelled, type RunningJob } from '@/utils/handoff/package-job-client';
import { generatePassphrase, PASSPHRASE_SEPARATOR, passphraseEntropyBits, wordsForBits } from '@/utils/handoff/passphrase';
import type { TokenEndpointFacts } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import type { HandoffClient } from './handoff-client';
import type { MadePackage } from './made-package';
import { PassphraseBox } from './PassphraseBox';

export interface PackageMakerProps {
  item: VaultItemSummary;
  endpoint: TokenEndpointFacts | undefined;
  secret: string;
  minimumBits: number;
  seal: HandoffClient['seal'];
  onMade: (made: MadePackage) => void;
}

const newPassphrase = (minimumBits: number) => generatePassphrase({ minimumWords: wordsForBits(minimumBits) });
const bitsOf = (passphrase: string) => passphraseEntropyBits(passphrase.split(PASSPHRASE_SEPARATOR).length);

export function PackageMaker({ item, endpoint, secret, minimumBits, seal, onMade }: PackageMakerProps) {
  const [protection, setProtection] = useState<PackageProtection>('passphrase');
  const [passphrase, setPassphrase] = useState(() => newPassphrase(minimumBits));
  const [recipient, setRecipient] = useState('');
  const [note, setNote] = useState('');
  const [job, setJob] = useState<RunningJob<unknown>>();
  const [error, setError] = useState('');

  // A stricter policy arriving while the page is open replaces a passphrase that no longer meets it.
  useEffect(() => {
    if (bitsOf(passphrase) < minimumBits) setPassphrase(newPassphrase(minimumBits));
  }, [minimumBits, passphrase]);

  const make = (event: Event) => {
    event.preventDefault();
    let running: RunningJob<MadePackage>;
    try {
      const document = handoffDocumentForItem(item, secret, endpoint, { note });
      const fileName = packageFileName(item.context.credentialName);
      if (protection === 'passphrase') {
        const job = seal(document, { passphrase });
        running = { ...job, result: job.result.then((sealed) => ({ ...sealed, protection, passphrase, fileName })) };
      } else {
        const key = parseRecipient(recipient);
        const job = seal(document, { recipients: [key] });
        running = { ...job, result: job.result.then((sealed) => ({ ...sealed, protection, recipient: key, fileName })) };
      }
    } catch (caught) {
      return setError(errorText(caught, 'The package could not be made.'));
    }
    setError('');
    setJob(running);
    running.result.then(onMade, (caught: unknown) => {
      if (!(caught instanceof JobCancelled)) setError(errorText(caught, 'The package could not be made.'));
    }).finally(() => setJob(undefined));
  };

  return (
    <form onSubmit={make} aria-labelledby="maker-title">
      <h3 id="maker-title">1. Make the encrypted package</h3>
      <fieldset disabled={job !== undefined}>
        <legend>Protect it with</legend>
        <label>
          <input type="radio" name="protection" checked={protection === 'passphrase'} onChange={() => setProtection('passphrase')} />
          A passphrase
        </label>
        <label>
          <input type="radio" name="protection" checked={protection === 'recipient-key'} onChange={() => setProtection('recipient-key')} />
          The recipient’s public key (age1…)
        </label>
      </fieldset>
      {protection === 'passphrase' ? (
        <PassphraseBox passphrase={passphrase} minimumBits={minimumBits} onRenew={() => setPassphrase(newPassphrase(minimumBits))} />
      ) : (
        <>
          <label for="recipient-key">Recipient’s public key</label>
          <p class="hint" id="recipient-key-hint">
            The recipient makes one with “Request a credential” in OCI Credential Guard, or with <code>age-keygen</code>, and sends you the
            line starting with age1.
          </p>
          <input
            id="recipient-key"
            type="text"
            class="mono"
            spellcheck={false}
            autocomplete="off"
            placeholder="age1…"
            aria-describedby="recipient-key-hint"
            value={recipient}
            onInput={(event) => setRecipient(event.currentTarget.value)}
          />
        </>
      )}
      <label for="package-note">Note for the recipient (optional, inside the package)</label>
      <input id="package-note" type="text" maxLength={1000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      {job ? (
        <WorkProgress label="Encrypting the package…" onCancel={() => job.cancel()} />
      ) : (
        <button type="submit" class="primary">
          Make encrypted package
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
