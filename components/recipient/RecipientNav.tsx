export type RecipientPageName = 'open-package' | 'request-credential';

const PAGES: { name: RecipientPageName; file: string; title: string }[] = [
  { name: 'request-credential', file: '/request-credential.html', title: 'Request a credential' },
  { name: 'open-package', file: '/open-package.html', title: 'Open a package' },
];

/** Links between the recipient's pages, in the order a recipient uses them. */
export function RecipientNav({ current }: { current: RecipientPageName }) {
  return (
    <nav class="pages" aria-label="Recipient pages">
      {PAGES.map((page) => (
        <a key={page.name} href={page.file} aria-current={page.name === current ? 'page' : undefined}>
          {page.title}
        </a>
      ))}
    </nav>
  );
}
