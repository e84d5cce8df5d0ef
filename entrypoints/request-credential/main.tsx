import { render } from 'preact';
import { RequestCredentialPage } from '@/components/recipient/RequestCredentialPage';
import { browserRecipientClient } from '@/components/recipient/recipient-client';
import '@/components/shared/page.css';

render(<RequestCredentialPage client={browserRecipientClient()} />, document.getElementById('app')!);
