import { useEffect, useState } from 'preact/hooks';
import type { DecryptWith, PackageProtection } from '@/utils/handoff/age';
import type { KeptIdentity } from '@/utils/recipient/kept-identity';

export interface KeySourceProps {
  /** Read from the package's header; undefined while no readable package is given. */
  protection?: PackageProtection;
  kept?: KeptIdentity;
  onChange: (key: DecryptWith | undefined) => void;
}

type IdentityFrom = 'kept' | 'file' | 'paste';

export function KeySource({ protection, kept, onChange }: KeySourceProps) {
  const [chosen, setChosen] = useState<PackageProtection>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [showPassphrase, setShowPassphrase] = useState(false);
  const [from, setFrom] = useState<IdentityFrom>(kept ? 'kept' : 'file');
  const [identityText, setIdentityText] = useState('');
  const [fileName, setFileName] = useState('');
  const mode = protection ?? chosen;
  const passphraseField = {
    id: 'passphrase',
    autocomplete: 'off',
    spellcheck: false,
    value: passphrase,
    onInput: (event: Event) => setPassphrase((event.currentTarget as HTMLInputElement).value),
  };

  useEffect(() => {
    if (kept) setFrom('kept');
  }, [kept]);

  useEffect(() => {
    if (mode === 'passphrase') return onChange(passphrase === '' ? undefined : { passphrase });
    const identityFile = from === 'kept' ? kept?.identityFile : identityText;
    onChange(identityFile ? { identityFile } : undefined);
  }, [mode, passphrase, from, identityText, kept, onChange]);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setIdentityText(await file.text());
    setFileName(file.name);
  };

  return (
    <fieldset>
      <legend>Your key</legend>
      {protection ? (
        <p class="hint">
          {protection === 'passphrase'
            ? 'This package is protected by a passphrase: the administrator gives it to you separately.'
            : 'This package is encrypted to your public key: open it with the identity file you saved when you requested it.'}
        </p>
      ) : (
        <div>
          <label>
            <input type="radio" name="key-kind" checked={mode === 'passphrase'} onChange={() => setChosen('passphrase')} />
            Passphrase
          </label>
          <label>
            <input type="radio" name="key-kind" checked={mode === 'recipient-key'} onChange={() => setChosen('recipient-key')} />
            Identity file
          </label>
        </div>
      )}
      {mode === 'passphrase' ? (
        <>
          <label for="passphrase">Passphrase</label>
          {/* Two elements: Preact's typings do not take a type that switches between text and password. */}
          {showPassphrase ? <input type="text" {...passphraseField} /> : <input type="password" {...passphraseField} />}
          <label class="inline">
            <input type="checkbox" checked={showPassphrase} onChange={(event) => setShowPassphrase(event.currentTarget.checked)} />
            Show the passphrase
          </label>
        </>
      ) : (
        <IdentityInput
          kept={kept}
          from={from}
          onFrom={setFrom}
          fileName={fileName}
          identityText={identityText}
          onText={setIdentityText}
          onFile={(file) => void readFile(file)}
        />
      )}
    </fieldset>
  );
}

interface IdentityInputProps {
  kept?: KeptIdentity;
  from: IdentityFrom;
  onFrom: (from: IdentityFrom) => void;
  fileName: string;
  identityText: string;
  onText: (text: string) => void;
  onFile: (file: File | undefined) => void;
}

function IdentityInput({ kept, from, onFrom, fileName, identityText, onText, onFile }: IdentityInputProps) {
  return (
    <div>
      {kept && (
        <div>
          <label>
            <input type="radio" name="identity-from" checked={from === 'kept'} onChange={() => onFrom('kept')} />
            The identity kept in this browser session (<code>{kept.recipient.slice(0, 16)}…</code>)
          </label>
          <label>
            <input type="radio" name="identity-from" checked={from !== 'kept'} onChange={() => onFrom('file')} />
            Another identity file
          </label>
        </div>
      )}
      {from !== 'kept' && (
        <>
          <label for="identity-file">Identity file (AGE-SECRET-KEY-1…, from “Request a credential” or age-keygen)</label>
          <input
            id="identity-file"
            type="file"
            accept=".txt,.key,text/plain"
            onChange={(event) => {
              onFrom('file');
              onFile(event.currentTarget.files?.[0]);
            }}
          />
          {fileName && from === 'file' && <p class="hint">Using {fileName}.</p>}
          <label for="identity-text">…or paste its contents</label>
          <textarea
            id="identity-text"
            class="mono"
            spellcheck={false}
            autocomplete="off"
            rows={3}
            value={from === 'paste' ? identityText : ''}
            onInput={(event) => {
              onFrom('paste');
              onText(event.currentTarget.value);
            }}
          />
        </>
      )}
    </div>
  );
}
