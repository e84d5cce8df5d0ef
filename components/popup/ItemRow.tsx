import { useEffect, useRef, useState } from 'preact/hooks';
import type { VaultItemSummary } from '@/utils/vault/item';
import { formatTimeLeft } from '@/utils/vault/time-left';
import { formatWhen } from './when';

export interface ItemRowProps {
  item: VaultItemSummary;
  now: number;
  onOpen: (itemId: string) => void;
  onDelete: (itemId: string) => void;
}

export function ItemRow({ item, now, onOpen, onDelete }: ItemRowProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const { context } = item;
  const titleId = `item-${item.id}`;

  // Focus follows the confirmation: onto "Delete secret" when it opens, back to "Delete" when cancelled.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li class={`item item--${item.state}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{context.credentialName}</h2>
      <dl>
        <dt>Target user</dt>
        <dd>{context.targetUser ?? 'not shown by the Console'}</dd>
        <dt>Realm</dt>
        <dd>
          {context.realm ?? 'unknown'}
          {context.region ? ` · ${context.region}` : ''}
        </dd>
        <dt>Captured</dt>
        <dd>
          <time dateTime={new Date(item.capturedAt).toISOString()}>{formatWhen(item.capturedAt)}</time>
        </dd>
        <dt>Time left</dt>
        <dd>{formatTimeLeft(item.expiresAt - now)}</dd>
        <dt>OCID</dt>
        <dd>{item.ocid ?? 'not seen yet: close the secret dialog, or enter it when handing over'}</dd>
      </dl>
      {item.state === 'unopenable' ? (
        <div class="lost">
          <p>This secret was sealed before the browser restarted and can no longer be opened. Regenerate the secret in the Console.</p>
          <button type="button" onClick={() => onDelete(item.id)}>
            Dismiss
          </button>
        </div>
      ) : confirming ? (
        <div
          class="confirm"
          role="group"
          aria-label={`Confirm deleting ${context.credentialName}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p>Delete this sealed secret? It cannot be recovered: you would have to regenerate it in the Console.</p>
          <button type="button" class="danger" ref={confirmButton} onClick={() => onDelete(item.id)}>
            Delete secret
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="primary" onClick={() => onOpen(item.id)}>
            Open handoff
          </button>
          <button type="button" ref={deleteButton} onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
