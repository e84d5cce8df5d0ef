import { render } from 'preact';
import { OpenPackagePage } from '@/components/recipient/OpenPackagePage';
import { browserRecipientClient } from '@/components/recipient/recipient-client';
import '@/components/shared/page.css';

render(<OpenPackagePage client={browserRecipientClient()} />, document.getElementById('app')!);
