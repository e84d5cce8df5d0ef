import type { MessageRouter } from '../messages/router';
import { onExpiryAlarm } from './expiry-alarm';
import { HANDOFF_PAGE } from './handoff-page';
import { createVault, type Vault, type VaultOptions } from './vault';

/**
 * Wires the vault into the background: its message handlers, the expiry alarm, and a first sweep
 * (which, after a browser restart, finds the session identity gone and marks old items unopenable).
 * Call synchronously at the background's top level, after startMessageRouter().
 */
export function installVault({ router, ...options }: VaultOptions & { router: MessageRouter }): Vault {
  const vault = createVault(options);

  router.onContent('vault/get-recipient', async () => ({ recipient: await vault.recipient() }));
  router.onContent('vault/store-capture', (message) => vault.store(message));
  router.onContent('vault/credentials-seen', (message) => vault.attachSeen(message.credentials));

  router.onPage('vault/list', () => vault.list());
  // The only reply that carries a secret goes to the handoff page alone, not to the popup or options.
  router.onPage('vault/open-item', (message) => vault.open(message.itemId), { pages: [HANDOFF_PAGE] });
  router.onPage('vault/delete-item', (message) => vault.remove(message.itemId));
  router.onPage('vault/mark-delivered', (message) => vault.markDelivered(message.itemId, message.channel));
  router.onPage('vault/attach-ocid', (message) => vault.attachOcid(message.itemId, message.ocid));
  router.onPage('vault/keep-token-endpoint', (message) => vault.keepTokenEndpoint(message.itemId, message.entry));

  const sweep = () => vault.sweep().catch((error: unknown) => console.error('The vault sweep failed', error));
  onExpiryAlarm(() => void sweep());
  void sweep();
  return vault;
}
