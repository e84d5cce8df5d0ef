import { checkOcidForRealm } from '@/utils/vault/ocid';
import type { VaultItemSummary } from '@/utils/vault/item';
import { FieldEntry } from './FieldEntry';

export interface OcidEntryProps {
  item: VaultItemSummary;
  attach: (ocid: string) => Promise<VaultItemSummary>;
  onAttached: (item: VaultItemSummary) => void;
}

/** The Console did not show the new credential's OCID (or showed two candidates): the user types it. */
export function OcidEntry({ item, attach, onAttached }: OcidEntryProps) {
  return (
    <FieldEntry
      id="ocid-entry"
      label="Credential OCID"
      hint="The Console did not show it here. Copy it from the credential’s details in the Console (OCID, Copy)."
      placeholder="ocid1.credential.…"
      button="Attach OCID"
      check={(text) => {
        const check = checkOcidForRealm(text, item.context.realm);
        return check.ok ? { ok: true, value: check.ocid } : check;
      }}
      keep={attach}
      keepFailed="The vault did not store the OCID."
      onKept={onAttached}
    />
  );
}
