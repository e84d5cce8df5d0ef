import { CopyButton } from '@/components/shared/CopyButton';
import { SecretValue } from '@/components/shared/SecretValue';
import type { HandoffDocument } from '@/utils/handoff/package-schema';
import { buildTokenKit, SET_SECRET_COMMAND } from '@/utils/handoff/token-kit';

export interface TokenKitViewProps {
  document: HandoffDocument;
  now: number;
  onClose: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Everything the recipient needs for Oracle's token request, from an opened package. */
export function TokenKitView({ document, now, onClose }: TokenKitViewProps) {
  const kit = buildTokenKit(document);
  const { credential, handoff } = document;
  const expired = handoff.expires !== undefined && Date.parse(handoff.expires) < now;
  return (
    <section class="card" aria-labelledby="kit-title" data-token-kit>
      <h2 id="kit-title">Credential “{credential.name}”</h2>
      {expired && (
        <p class="warning" role="note">
          The administrator marked this package valid until {timeFormat.format(Date.parse(handoff.expires ?? ''))}: that has passed. Ask whether the
          credential is still meant to be used.
        </p>
      )}
      {handoff.note && (
        <p>
          Note from the administrator: <em>{handoff.note}</em>
        </p>
      )}
      <dl class="facts">
        {credential.description && (
          <>
            <dt>Description</dt>
            <dd>{credential.description}</dd>
          </>
        )}
        <dt>Realm · region</dt>
        <dd>
          {credential.realm} · {credential.region}
        </dd>
        <dt>Client id (OCID)</dt>
        <dd class="row">
          <code data-client-id>{kit.clientId}</code>
          <CopyButton text={kit.clientId} label="Copy client id" />
        </dd>
        <dt>Client secret</dt>
        <dd>
          <SecretValue value={kit.secret} name="Secret" />
        </dd>
        <dt>Fully qualified scopes</dt>
        <dd>
          {kit.scopes.map((scope, index) => (
            <span class="row" key={scope}>
              <code data-scope>{scope}</code>
              <CopyButton text={scope} label={`Copy scope ${index + 1}`} />
            </span>
          ))}
        </dd>
        <dt>Token endpoint</dt>
        <dd class="row">
          <code data-token-endpoint>{kit.tokenEndpoint}</code>
          <CopyButton text={kit.tokenEndpoint} label="Copy token endpoint" />
        </dd>
      </dl>
      <h3>Request a token</h3>
      <p>First read the secret into your shell: it is neither shown nor written to the shell’s history. Paste the secret when asked.</p>
      <pre data-set-secret-command>{SET_SECRET_COMMAND}</pre>
      <CopyButton text={SET_SECRET_COMMAND} label="Copy the read-secret command" />
      <p>Then request the token (it lasts an hour):</p>
      <pre data-curl-command>{kit.curlCommand}</pre>
      <CopyButton text={kit.curlCommand} label="Copy the curl command" />
      <p>
        <button type="button" onClick={onClose}>
          Close the credential
        </button>
        <span class="hint">Clears it from this page. Store the secret in your secrets manager first.</span>
      </p>
    </section>
  );
}
