import { groupCharacters } from '@/utils/handoff/phonetic';
import type { TokenEndpointFacts } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import type { MadePackage } from './made-package';
import { QrCode } from './QrCode';
import { ScopeLines } from './ScopeLines';

export interface PrintSheetProps {
  item: VaultItemSummary;
  /** Known from the Console, or entered on the handoff page. */
  endpoint: TokenEndpointFacts | undefined;
  made?: MadePackage;
  /** Only when the policy allows it and the user asked for it. */
  plaintextSecret?: string;
  printedAt: Date;
}

/**
 * The sheet handed to the recipient. It never receives the passphrase: a sheet with both the
 * package and its passphrase would be the secret in plain text.
 */
export function PrintSheet({ item, endpoint, made, plaintextSecret, printedAt }: PrintSheetProps) {
  const { context } = item;
  return (
    <article class="print-sheet" aria-label="Print preview" data-plaintext={String(plaintextSecret !== undefined)}>
      <h2 class="sheet-title">OAuth 2.0 client credential “{context.credentialName}”</h2>
      <dl class="facts">
        <dt>Client id (OCID)</dt>
        <dd>
          <code>{item.ocid ?? 'not known: ask the administrator'}</code>
        </dd>
        <dt>Realm · region</dt>
        <dd>
          {endpoint?.realm ?? context.realm ?? 'unknown'} · {endpoint?.region ?? context.region ?? 'unknown'}
        </dd>
        <dt>Token endpoint</dt>
        <dd>
          <code data-token-endpoint>{endpoint?.tokenEndpoint ?? 'unknown'}</code>
        </dd>
        <dt>Scopes</dt>
        <dd>
          <ScopeLines pairs={context.pairs} />
        </dd>
      </dl>
      {plaintextSecret !== undefined && (
        <div class="warning" role="note">
          <strong>This sheet shows the secret in plain text.</strong> Anyone who sees it can use the credential. Keep it locked away and
          shred it once the secret is stored safely.
          <p class="mono sheet-secret">
            {groupCharacters(plaintextSecret).map((group, index) => (
              <span key={index}>{group} </span>
            ))}
          </p>
        </div>
      )}
      {made && (
        <section>
          <h3>The encrypted package</h3>
          {/* Encoded in the worker with the package: encoding it here would block the page. */}
          {made.qr ? (
            <QrCode symbol={made.qr} label="QR code of the encrypted package" />
          ) : (
            <pre class="armored" data-armored-on-sheet>
              {made.sealed.armored}
            </pre>
          )}
          <p>
            {made.qr ? 'Scan the code to get the encrypted package as text' : 'Type or scan the text above'}, then open it in OCI Credential
            Guard (“Open a package”) or save it as <code>{made.fileName}</code> and run{' '}
            <code>{made.protection === 'passphrase' ? `age -d ${made.fileName} | jq` : `age -d -i your-identity.txt ${made.fileName} | jq`}</code>.
          </p>
          <p>
            {made.protection === 'passphrase'
              ? 'The passphrase is not on this sheet: you receive it separately.'
              : 'Open it with the identity file you saved when you requested the credential.'}
          </p>
        </section>
      )}
      <p class="hint">
        Printed {printedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by OCI Credential Guard. Destroy this sheet once the credential is in
        use.
      </p>
    </article>
  );
}
