export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Nothing awaits handoff</h2>
      <p>
        When the OCI Console shows the secret of a new OAuth 2.0 client credential, press <strong>Capture into handoff vault</strong>{' '}
        beside it. The secret is encrypted on the spot and kept here, with the credential&apos;s name, scopes and OCID, until you hand it
        over or it expires.
      </p>
      <p>Captured secrets last only for this browser session: if the browser restarts, regenerate the secret in the Console.</p>
    </section>
  );
}
