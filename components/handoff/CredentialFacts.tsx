import { CopyButton } from '@/components/shared/CopyButton';
import { SecretValue } from '@/components/shared/SecretValue';
import type { ItemEndpoint } from '@/utils/handoff/from-vault-item';
import { credentialRealm } from '@/utils/vault/ocid';
import type { VaultItemSummary } from '@/utils/vault/item';
import { EndpointEntry, type EndpointEntryProps } from './EndpointEntry';
import { OcidEntry, type OcidEntryProps } from './OcidEntry';
import { ScopeLines } from './ScopeLines';

export interface CredentialFactsProps {
  item: VaultItemSummary;
  /** How to attach a missing OCID; absent once the item has left the vault. */
  ocidEntry?: Omit<OcidEntryProps, 'item'>;
  /** Absent once the secret has been delivered and purged. */
  secret?: string;
  /** Known from the Console's realm and region, or entered on the page (endpointForItem). */
  endpoint: ItemEndpoint;
  /** How to enter an unknown token endpoint; absent once the item has left the vault. */
  endpointEntry?: Omit<EndpointEntryProps, 'realm' | 'problem'>;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CredentialFacts({ item, secret, ocidEntry, endpoint: { facts: endpoint, entered, problem }, endpointEntry }: CredentialFactsProps) {
  const { context } = item;
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title">The credential</h2>
      <dl class="facts">
        <dt>Name</dt>
        <dd>{context.credentialName}</dd>
        {context.description && (
          <>
            <dt>Description</dt>
            <dd>{context.description}</dd>
          </>
        )}
        <dt>Target user</dt>
        <dd>{context.targetUser ?? 'not shown by the Console'}</dd>
        <dt>Realm · region</dt>
        <dd>
          {endpoint?.realm ?? context.realm ?? 'unknown'} · {endpoint?.region ?? context.region ?? 'unknown'}
          {entered ? ' (entered here)' : ''}
        </dd>
        <dt>Fully qualified scopes</dt>
        <dd>
          <ScopeLines pairs={context.pairs} />
        </dd>
        <dt>Token endpoint</dt>
        <dd>
          {endpoint ? (
            <code data-token-endpoint>{endpoint.tokenEndpoint}</code>
          ) : endpointEntry ? (
            <EndpointEntry realm={credentialRealm(item)} problem={problem} {...endpointEntry} />
          ) : (
            'unknown (realm or region not shown by the Console)'
          )}
        </dd>
        <dt>Captured</dt>
        <dd>
          {timeFormat.format(item.capturedAt)}; purged from the vault at {timeFormat.format(item.expiresAt)} if not delivered
        </dd>
        <dt>OCID (client id)</dt>
        <dd>
          {item.ocid ? (
            <span class="row">
              <code data-ocid>{item.ocid}</code>
              <CopyButton text={item.ocid} label="Copy OCID" />
            </span>
          ) : ocidEntry ? (
            <OcidEntry item={item} {...ocidEntry} />
          ) : (
            'not known'
          )}
        </dd>
        <dt>Secret</dt>
        <dd>{secret === undefined ? 'purged from the vault' : <SecretValue value={secret} name="Secret" />}</dd>
      </dl>
    </section>
  );
}
