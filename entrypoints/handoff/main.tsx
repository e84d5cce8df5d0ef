import { render } from 'preact';
import { browserHandoffClient } from '@/components/handoff/handoff-client';
import { HandoffPage } from '@/components/handoff/HandoffPage';
import '@/components/shared/page.css';
import '@/components/handoff/handoff.css';

render(<HandoffPage itemId={new URLSearchParams(location.search).get('item')} client={browserHandoffClient()} />, document.getElementById('app')!);
