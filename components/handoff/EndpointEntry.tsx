import { parseEndpointEntry } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import { FieldEntry } from './FieldEntry';

export interface EndpointEntryProps {
  /** What is known of the credential's realm (the Console's, else its OCID's). */
  realm?: string;
  /** Why the endpoint kept from an earlier visit cannot be used, shown until the next entry. */
  problem?: string;
  /** Keeps the endpoint with the vault item, so that it survives a reload; the vault checks it again. */
  keep: (tokenEndpoint: string) => Promise<VaultItemSummary>;
  onKept: (item: VaultItemSummary) => void;
}

/** The Console page did not show a realm and region this extension knows: the administrator says where the credential lives. */
export function EndpointEntry({ realm, problem, keep, onKept }: EndpointEntryProps) {
  return (
    <FieldEntry
      id="endpoint-entry"
      label="Region or token endpoint"
      hint={
        <>
          The Console page did not show a realm and region this extension knows. Enter the credential’s region (e.g. us-ashburn-1) or its
          token endpoint (https://auth.&lt;region&gt;.&lt;realm domain&gt;/oauth2/token).
        </>
      }
      button="Use it"
      initialError={problem}
      check={(text) => {
        const entry = parseEndpointEntry(text, realm);
        return entry.ok ? { ok: true, value: entry.facts.tokenEndpoint } : entry;
      }}
      keep={keep}
      keepFailed="The vault did not keep the token endpoint."
      onKept={onKept}
    />
  );
}
