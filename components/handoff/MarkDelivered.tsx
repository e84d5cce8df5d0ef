import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { CHANNEL_LABELS } from '@/utils/handoff/channels';
import type { HandoffChannel } from '@/utils/vault/events';

export interface MarkDeliveredProps {
  channels: readonly HandoffChannel[];
  /** The channel last used on the page, preselected. */
  suggested?: HandoffChannel;
  markDelivered: (channel: HandoffChannel) => Promise<void>;
  onDelivered: (channel: HandoffChannel) => void;
}

export function MarkDelivered({ channels, suggested, markDelivered, onDelivered }: MarkDeliveredProps) {
  const [chosen, setChosen] = useState<HandoffChannel>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The user's choice, else the channel last used; only ones the policy (still) allows.
  const channel = [chosen, suggested].find((option) => option !== undefined && channels.includes(option)) ?? channels[0];

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const deliver = async () => {
    if (!channel) return;
    try {
      await markDelivered(channel);
      onDelivered(channel);
    } catch (caught) {
      setConfirming(false);
      setError(errorText(caught, 'The vault did not answer.'));
    }
  };

  return (
    <section class="card" aria-labelledby="delivered-title">
      <h2 id="delivered-title">Mark delivered</h2>
      <p>Once the recipient has the credential, mark it delivered: the vault deletes the secret and records how it was delivered.</p>
      <fieldset disabled={confirming}>
        <legend>Delivered by</legend>
        {channels.map((option) => (
          <label key={option}>
            <input type="radio" name="delivered-channel" value={option} checked={option === channel} onChange={() => setChosen(option)} />
            {CHANNEL_LABELS[option]}
          </label>
        ))}
      </fieldset>
      {confirming ? (
        <div
          class="row"
          role="group"
          aria-label="Confirm delivery"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p>The secret will be deleted from the vault: this page can no longer show or package it. Does the recipient have it?</p>
          <button type="button" class="danger" ref={confirmButton} onClick={() => void deliver()}>
            Delivered: delete the secret
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Not yet
          </button>
        </div>
      ) : (
        <button type="button" class="primary" disabled={!channel} onClick={() => setConfirming(true)}>
          Mark delivered
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
