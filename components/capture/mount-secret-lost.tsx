import { createShadowHost } from '../shared/shadow-host';
import { CAPTURE_CSS } from './capture-css';
import { SecretLost } from './SecretLost';

// The <ocg-capture> host once its dialog is gone without a capture: data-state="lost", the reason
// in data-message. It stays until dismissed or the next secret dialog.

export interface SecretLostMount {
  host: HTMLElement;
  remove(): void;
}

export function mountSecretLost(options: { credentialName: string; message: string; place: (host: HTMLElement) => void }): SecretLostMount {
  const ui = createShadowHost('ocg-capture', CAPTURE_CSS, options.place);
  ui.update(<SecretLost credentialName={options.credentialName} message={options.message} onDismiss={() => ui.remove()} />, {
    state: 'lost',
    message: options.message,
  });
  return { host: ui.host, remove: () => ui.remove() };
}
