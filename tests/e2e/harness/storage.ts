import type { ExtensionStorage } from './extension-storage';

/** The keys of the vault's items (`vault.item.<id>`) in storage.local. */
export function vaultItemKeys(storage: ExtensionStorage): string[] {
  return Object.keys(storage.local).filter((key) => key.startsWith('vault.item.'));
}
