import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import type { PageResponses } from '@/utils/messages/page-requests';
import { EmptyState } from './EmptyState';
import { ItemRow } from './ItemRow';
import { RecipientLinks } from './RecipientLinks';
import type { VaultClient } from './vault-client';
import { formatWhen } from './when';

type Listing = { status: 'loading' } | { status: 'failed'; error: string } | ({ status: 'ready' } & PageResponses['vault/list']);

const NO_ANSWER = 'The vault did not answer.';

export function VaultPopup({ client, now = Date.now }: { client: VaultClient; now?: () => number }) {
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [clock, setClock] = useState(() => now());
  const [actionError, setActionError] = useState('');

  const refresh = useCallback(async () => {
    try {
      setListing({ status: 'ready', ...(await client.list()) });
    } catch (error) {
      setListing({ status: 'failed', error: errorText(error, NO_ANSWER) });
    }
    setClock(now());
  }, [client, now]);

  useEffect(() => {
    void refresh();
    const unwatch = client.watch(() => void refresh());
    const timer = setInterval(() => setClock(now()), 30_000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, [client, now, refresh]);

  const act = (action: () => Promise<void>) => {
    action().then(
      () => setActionError(''),
      (error: unknown) => setActionError(errorText(error, NO_ANSWER)),
    );
  };

  return (
    <main>
      <header class="title">
        <h1>Handoff vault</h1>
        <button type="button" class="link" onClick={() => act(() => client.openOptions())}>
          Policy and audit log
        </button>
      </header>
      {listing.status === 'loading' && <p>Reading the vault…</p>}
      {listing.status === 'failed' && <p role="alert">{listing.error}</p>}
      {actionError && <p role="alert">{actionError}</p>}
      {listing.status === 'ready' && listing.items.length === 0 && <EmptyState />}
      {listing.status === 'ready' && listing.items.length > 0 && (
        <ul class="items" aria-label="Items awaiting handoff">
          {listing.items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              now={clock}
              onOpen={(itemId) => act(() => client.openHandoff(itemId))}
              onDelete={(itemId) =>
                act(async () => {
                  await client.remove(itemId);
                  await refresh();
                })
              }
            />
          ))}
        </ul>
      )}
      {listing.status === 'ready' && listing.problems.length > 0 && (
        <p class="problems" role="note">
          {listing.problems.length === 1 ? 'One stored item' : `${listing.problems.length} stored items`} could not be read and{' '}
          {listing.problems.length === 1 ? 'was' : 'were'} skipped ({listing.problems.map((problem) => problem.reason).join('; ')}).{' '}
          {listing.problems.length === 1 ? 'It is' : 'They are'} removed automatically from{' '}
          {formatWhen(Math.min(...listing.problems.map((problem) => problem.removesAt)))}.
        </p>
      )}
      <RecipientLinks />
    </main>
  );
}
