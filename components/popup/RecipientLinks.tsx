/** Footer links to the recipient's pages, which open in a tab of their own. */
export function RecipientLinks() {
  return (
    <footer class="recipient-links">
      Received a credential?{' '}
      <a href="/open-package.html" target="_blank" rel="noopener">
        Open a package
      </a>{' '}
      ·{' '}
      <a href="/request-credential.html" target="_blank" rel="noopener">
        Request a credential
      </a>
    </footer>
  );
}
