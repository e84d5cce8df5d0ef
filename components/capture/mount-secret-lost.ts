import { createShadowHost } from '../shared/shadow-host';

// The <ocg-capture> host once its dialog is gone without a capture: data-state="lost", the reason
// in data-message. It stays until dismissed or the next secret dialog. Drawn by in-page-ui.js.

export interface SecretLostMount {
  host: HTMLElement;
  remove(): void;
}

export function mountSecretLost(options: { credentialName: string; message: string; place: (host: HTMLElement) => void }): SecretLostMount {
  const ui = createShadowHost('ocg-capture', options.place);
  const { credentialName, message } = options;
  ui.update({ kind: 'secret-lost', props: { credentialName, message, onDismiss: () => ui.remove() } }, { state: 'lost', message });
  return { host: ui.host, remove: () => ui.remove() };
}
