import { useState } from 'preact/hooks';
import { errorText } from '@/components/shared/error-text';
import { composeHandoffEmail, type HandoffEmail } from '@/utils/handoff/mailto';
import type { MadePackage } from './made-package';

export interface EmailComposerProps {
  made: MadePackage;
  credentialName: string;
  onComposed: () => void;
}

/** "Compose email": a mailto: link with the package and instructions; the passphrase is never in it. */
export function EmailComposer({ made, credentialName, onComposed }: EmailComposerProps) {
  const [to, setTo] = useState('');
  let email: HandoffEmail | undefined;
  let error = '';
  try {
    email = composeHandoffEmail({
      credentialName,
      armoredPackage: made.sealed.armored,
      fileName: made.fileName,
      protection: made.protection,
      to,
    });
  } catch (caught) {
    error = errorText(caught, 'The email could not be composed.');
  }
  return (
    <div>
      <label for="email-to">Recipient’s email address (optional)</label>
      <input
        id="email-to"
        type="email"
        autocomplete="email"
        aria-invalid={error !== ''}
        aria-describedby={error ? 'email-to-error' : undefined}
        value={to}
        onInput={(event) => setTo(event.currentTarget.value)}
      />
      {error && (
        <p id="email-to-error" role="alert">
          {error}
        </p>
      )}
      {email && (
        <>
          <p>
            <a class="button primary" href={email.url} data-package-in-body={String(email.packageInBody)} onClick={onComposed}>
              Compose email
            </a>
          </p>
          {email.packageInBody ? (
            <p class="hint">Your mail program opens with the package and instructions in the body.</p>
          ) : (
            <p class="warning">
              The package is too long for a compose link: download <code>{email.attachFileName}</code> above and attach it to the email that opens.
            </p>
          )}
          {made.protection === 'passphrase' && <p class="hint">The email does not contain the passphrase: send it another way.</p>}
        </>
      )}
    </div>
  );
}
