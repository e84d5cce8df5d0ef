import { render } from 'preact';
import { VaultPopup } from '@/components/popup/VaultPopup';
import { browserVaultClient } from '@/components/popup/vault-client';
import '@/components/popup/popup.css';

render(<VaultPopup client={browserVaultClient()} />, document.getElementById('app')!);
