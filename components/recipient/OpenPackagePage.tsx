import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { WorkProgress } from '@/components/shared/WorkProgress';
import { packageProtection, type DecryptWith } from '@/utils/handoff/age';
import { HandoffError } from '@/utils/handoff/errors';
import { JobCancelled, type RunningJob } from '@/utils/handoff/package-job-client';
import type { HandoffDocument } from '@/utils/handoff/package-schema';
import type { KeptIdentity } from '@/utils/recipient/kept-identity';
import { KeySource } from './KeySource';
import { PackageSource, type PackageInput } from './PackageSource';
import { RecipientNav } from './RecipientNav';
import type { RecipientClient } from './recipient-client';
import { TokenKitView } from './TokenKitView';
import { TranscriptionCheck } from './TranscriptionCheck';

type Failure = { kind: string; message: string };

export function OpenPackagePage({ client, now = Date.now }: { client: RecipientClient; now?: () => number }) {
  const [input, setInput] = useState<PackageInput>();
  const [key, setKey] = useState<DecryptWith>();
  const [kept, setKept] = useState<KeptIdentity>();
  const [job, setJob] = useState<RunningJob<HandoffDocument>>();
  const [opened, setOpened] = useState<HandoffDocument>();
  const [failure, setFailure] = useState<Failure>();

  useEffect(() => {
    client.keptIdentity().then(setKept, () => setKept(undefined));
  }, [client]);

  const raw = input?.kind === 'text' ? input.text : input?.bytes;
  const protection = raw === undefined ? undefined : packageProtection(raw);

  const open = (event: Event) => {
    event.preventDefault();
    if (raw === undefined || key === undefined) return;
    const running = client.open(raw, key);
    setFailure(undefined);
    setJob(running);
    running.result
      .then(setOpened, (error: unknown) => {
        if (error instanceof JobCancelled) return;
        setFailure({ kind: error instanceof HandoffError ? error.kind : 'internal', message: errorText(error, 'The package could not be opened.') });
      })
      .finally(() => setJob(undefined));
  };

  return (
    <main data-state={opened ? 'opened' : failure ? 'failed' : job ? 'opening' : 'idle'}>
      <RecipientNav current="open-package" />
      <h1>Open a package</h1>
      <p>
        An administrator sent you an OAuth 2.0 client credential as an encrypted package (a .age file, text in an email, or a QR code on a
        printed sheet). Everything happens in this browser: nothing is sent anywhere.
      </p>
      {opened ? (
        <TokenKitView document={opened} now={now()} onClose={() => setOpened(undefined)} />
      ) : (
        <form class="card" onSubmit={open} aria-label="Open a package">
          <PackageSource value={input} onChange={setInput} />
          <KeySource protection={protection} kept={kept} onChange={setKey} />
          {job ? (
            <WorkProgress label="Opening the package…" onCancel={() => job.cancel()} />
          ) : (
            <button type="submit" class="primary" disabled={raw === undefined || key === undefined}>
              Open
            </button>
          )}
          {failure && (
            <p role="alert" data-error-kind={failure.kind}>
              {failure.message}
            </p>
          )}
        </form>
      )}
      <TranscriptionCheck />
    </main>
  );
}
