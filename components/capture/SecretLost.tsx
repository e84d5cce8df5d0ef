import { whenTrusted } from '../shared/trusted';

// Shown on the page after the secret dialog went away without a capture: the secret is lost and
// must be regenerated. Never holds the secret.

export interface SecretLostProps {
  credentialName: string;
  message: string;
  onDismiss(): void;
}

export function SecretLost({ credentialName, message, onDismiss }: SecretLostProps) {
  return (
    <div class="capture capture--lost" role="alert">
      <p>
        {credentialName ? <strong>{credentialName}: </strong> : null}
        {message}
      </p>
      <button type="button" onClick={whenTrusted(onDismiss)}>
        Dismiss
      </button>
    </div>
  );
}
