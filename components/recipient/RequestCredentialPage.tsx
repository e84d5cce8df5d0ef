import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from '@/components/shared/CopyButton';
import { downloadFile } from '@/components/shared/download';
import { errorText } from '@/components/shared/error-text';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { identityFileName } from '@/utils/handoff/file-names';
import type { KeptIdentity } from '@/utils/recipient/kept-identity';
import { RecipientNav } from './RecipientNav';
import type { RecipientClient } from './recipient-client';

export function RequestCredentialPage({ client, now = () => new Date() }: { client: RecipientClient; now?: () => Date }) {
  const [pair, setPair] = useState<KeptIdentity>();
  const [kept, setKept] = useState<KeptIdentity>();
  const [error, setError] = useState('');

  useEffect(() => {
    client.keptIdentity().then(setKept, () => setKept(undefined));
  }, [client]);

  const act = (action: () => Promise<void>) =>
    action().then(
      () => setError(''),
      (caught: unknown) => setError(errorText(caught, 'That did not work.')),
    );

  const generate = () =>
    act(async () => {
      const created = now();
      const keys = await generateRecipientKeyPair(created);
      setPair({ identityFile: keys.identityFile, recipient: keys.recipient, created: created.getTime() });
    });

  const keep = (identity: KeptIdentity) =>
    act(async () => {
      await client.keepIdentity(identity);
      setKept(identity);
    });

  const forget = () =>
    act(async () => {
      await client.forgetIdentity();
      setKept(undefined);
    });

  const keptThis = pair !== undefined && kept?.recipient === pair.recipient;
  return (
    <main data-state={pair ? 'generated' : 'idle'}>
      <RecipientNav current="request-credential" />
      <h1>Request a credential</h1>
      <p>
        Make a key pair so that an administrator can send you an OAuth 2.0 client credential that only you can open. You send the public key; the
        identity (private key) stays with you. No passphrase has to travel.
      </p>
      {kept && !keptThis && (
        <p class="card row">
          <span>
            An identity is kept in this browser session: <code>{kept.recipient}</code>
          </span>
          <button type="button" onClick={() => void forget()}>
            Forget it
          </button>
        </p>
      )}
      <p>
        <button type="button" class={pair ? undefined : 'primary'} onClick={() => void generate()}>
          {pair ? 'Generate another key pair' : 'Generate a key pair'}
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      {pair && (
        <section class="card" aria-labelledby="pair-title">
          <h2 id="pair-title">Your key pair</h2>
          <h3>1. Save your identity file</h3>
          <p class="warning">
            Save it now and keep it private: it is the only way to open what is sent to you, and this page does not keep it unless you ask below.
          </p>
          <button type="button" class="primary" onClick={() => downloadFile(pair.identityFile, identityFileName(new Date(pair.created)), 'text/plain')}>
            Download {identityFileName(new Date(pair.created))}
          </button>
          <p class="hint">
            It is in age-keygen’s format: <code>age -d -i {identityFileName(new Date(pair.created))} credential.age</code> opens a package too.
          </p>
          <label class="inline">
            <input
              type="checkbox"
              checked={keptThis}
              onChange={(event) => void (event.currentTarget.checked ? keep(pair) : forget())}
            />
            Also keep it in this browser session (memory only, until the browser closes), so “Open a package” can use it
          </label>
          <h3>2. Send your public key to the administrator</h3>
          <p class="row">
            <code data-public-key>{pair.recipient}</code>
            <CopyButton text={pair.recipient} label="Copy public key" />
          </p>
          <p class="hint">The public key is not secret: email or chat is fine. The administrator pastes it into the handoff page.</p>
          <h3>3. Open the package</h3>
          <p>
            When the package arrives, open it with <a href="/open-package.html">Open a package</a> and your identity file.
          </p>
        </section>
      )}
    </main>
  );
}
