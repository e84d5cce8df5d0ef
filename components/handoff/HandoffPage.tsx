import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { CHANNEL_LABELS, offeredChannels } from '@/utils/handoff/channels';
import { endpointForItem } from '@/utils/handoff/from-vault-item';
import type { VaultSettings } from '@/utils/policy/schema';
import type { HandoffChannel } from '@/utils/vault/events';
import type { VaultItemSummary } from '@/utils/vault/item';
import { CredentialFacts } from './CredentialFacts';
import type { HandoffClient } from './handoff-client';
import type { MadePackage } from './made-package';
import { MarkDelivered } from './MarkDelivered';
import { PackageSection } from './PackageSection';
import { PrintSection } from './PrintSection';
import { ReadAloud } from './ReadAloud';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; item: VaultItemSummary; secret: string }
  | { status: 'delivered'; item: VaultItemSummary; channel: HandoffChannel };

export interface HandoffPageProps {
  /** From the page URL (`?item=`); null when it has none. */
  itemId: string | null;
  client: HandoffClient;
}

export function HandoffPage({ itemId, client }: HandoffPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [settings, setSettings] = useState<VaultSettings | { error: string }>();
  const [made, setMade] = useState<MadePackage>();
  const [lastUsed, setLastUsed] = useState<HandoffChannel>();

  useEffect(() => {
    if (!itemId) return setLoaded({ status: 'failed', error: 'No vault item given: open this page from the extension’s toolbar popup.' });
    client.openItem(itemId).then(
      ({ item, secret }) => setLoaded({ status: 'ready', item, secret }),
      (error: unknown) => setLoaded({ status: 'failed', error: errorText(error, 'The vault did not answer.') }),
    );
  }, [client, itemId]);

  useEffect(() => {
    client.vaultSettings().then(setSettings, (error: unknown) => setSettings({ error: errorText(error, 'The policy could not be read.') }));
    return client.watchVaultSettings(setSettings);
  }, [client]);

  const name = loaded.status === 'ready' || loaded.status === 'delivered' ? loaded.item.context.credentialName : undefined;
  useEffect(() => {
    document.title = name ? `Hand over “${name}” — OCI Credential Guard` : 'Hand over a credential — OCI Credential Guard';
  }, [name]);

  return (
    <main data-state={loaded.status}>
      <h1>{name ? `Hand over “${name}”` : 'Hand over a credential'}</h1>
      <p class="hint">
        The recipient opens what you send with <a href="/open-package.html">Open a package</a>.
      </p>
      {loaded.status === 'loading' && <p>Opening the vault…</p>}
      {loaded.status === 'failed' && <p role="alert">{loaded.error}</p>}
      {loaded.status === 'delivered' && (
        <>
          <p class="ok" role="status">
            Delivered ({CHANNEL_LABELS[loaded.channel]}). The secret was deleted from the vault; you can close this page.
          </p>
          <CredentialFacts item={loaded.item} endpoint={endpointForItem(loaded.item)} />
        </>
      )}
      {loaded.status === 'ready' && (
        <ReadyView
          item={loaded.item}
          secret={loaded.secret}
          settings={settings}
          client={client}
          made={made}
          onMade={setMade}
          lastUsed={lastUsed}
          onUsed={setLastUsed}
          onItem={(item) => setLoaded({ ...loaded, item })}
          onDelivered={(channel) => {
            setMade(undefined);
            setLoaded({ status: 'delivered', item: loaded.item, channel });
          }}
        />
      )}
    </main>
  );
}

interface ReadyViewProps {
  item: VaultItemSummary;
  secret: string;
  settings?: VaultSettings | { error: string };
  client: HandoffClient;
  made?: MadePackage;
  onMade: (made: MadePackage | undefined) => void;
  lastUsed?: HandoffChannel;
  onUsed: (channel: HandoffChannel) => void;
  onItem: (item: VaultItemSummary) => void;
  onDelivered: (channel: HandoffChannel) => void;
}

function ReadyView({ item, secret, settings, client, made, onMade, lastUsed, onUsed, onItem, onDelivered }: ReadyViewProps) {
  // The Console's, else entered on this page and kept with the item by the vault (so a reload keeps it).
  const itemEndpoint = endpointForItem(item);
  const endpoint = itemEndpoint.facts;
  const facts = (
    <CredentialFacts
      item={item}
      secret={secret}
      ocidEntry={{ attach: (ocid) => client.attachOcid(item.id, ocid), onAttached: onItem }}
      endpoint={itemEndpoint}
      endpointEntry={{ keep: (entry) => client.keepTokenEndpoint(item.id, entry), onKept: onItem }}
    />
  );
  if (!settings) return facts;
  // No channel is offered without the policy that says which ones are allowed.
  if ('error' in settings) {
    return (
      <>
        {facts}
        <p role="alert">{settings.error}</p>
      </>
    );
  }
  const offer = offeredChannels(settings.handoffChannels);
  return (
    <>
      {facts}
      {offer.package && (
        <PackageSection
          item={item}
          endpoint={endpoint}
          secret={secret}
          offer={offer}
          minimumBits={settings.minPassphraseBits}
          seal={client.seal}
          made={made}
          onMade={onMade}
          onUsed={onUsed}
        />
      )}
      {offer.readAloud && <ReadAloud secret={secret} passphrase={made?.passphrase} onShown={() => onUsed('read-aloud')} />}
      {offer.print && (
        <PrintSection item={item} endpoint={endpoint} secret={secret} made={made} allowPlaintext={settings.allowPlaintextPrint} onPrinted={() => onUsed('print')} />
      )}
      <MarkDelivered
        channels={settings.handoffChannels}
        suggested={lastUsed}
        markDelivered={(channel) => client.markDelivered(item.id, channel)}
        onDelivered={onDelivered}
      />
    </>
  );
}
