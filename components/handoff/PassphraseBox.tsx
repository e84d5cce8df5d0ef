import { CopyButton } from '@/components/shared/CopyButton';
import { BITS_PER_WORD, PASSPHRASE_SEPARATOR } from '@/utils/handoff/passphrase';

export interface PassphraseBoxProps {
  passphrase: string;
  minimumBits: number;
  /** Absent once the package is made: its passphrase can no longer change. */
  onRenew?: () => void;
}

export function PassphraseBox({ passphrase, minimumBits, onRenew }: PassphraseBoxProps) {
  const words = passphrase.split(PASSPHRASE_SEPARATOR).length;
  return (
    <div>
      <p class="row">
        <code class="mono" data-passphrase style={{ fontSize: '17px' }}>
          {passphrase}
        </code>
      </p>
      <p class="hint">
        {words} words from the EFF word list, about {Math.floor(words * BITS_PER_WORD)} bits (policy minimum: {minimumBits} bits).
      </p>
      <div class="row">
        <CopyButton text={passphrase} label="Copy passphrase" sensitive />
        {onRenew && (
          <button type="button" onClick={onRenew}>
            New passphrase
          </button>
        )}
      </div>
      <p class="warning">
        Send the passphrase by another channel than the package (read it over the phone, or send it by chat): never in the same email or on
        the same sheet.
      </p>
    </div>
  );
}
