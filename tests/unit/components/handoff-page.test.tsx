import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandoffClient } from '@/components/handoff/handoff-client';
import { HandoffPage } from '@/components/handoff/HandoffPage';
import type { SealedPackage } from '@/utils/handoff/package-job';
import { JobCancelled, type RunningJob } from '@/utils/handoff/package-job-client';
import { qrSymbol } from '@/utils/handoff/qr';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { VaultSettings } from '@/utils/policy/schema';
import type { VaultItemSummary } from '@/utils/vault/item';
import { context, HOUR, OCID_OC1, T0 } from '../vault/fixtures';

// The handoff page against a fake client: what the policy lets it offer, the package flow, and
// delivery. Real encryption, the worker and printing are covered end to end in Chromium.

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const ITEM_ID = 'a'.repeat(32);
const ARMORED = '-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n';

const item = (overrides: Partial<VaultItemSummary> = {}): VaultItemSummary => ({
  id: ITEM_ID,
  state: 'sealed',
  context: context(),
  capturedAt: T0,
  expiresAt: T0 + 24 * HOUR,
  ocid: OCID_OC1,
  ...overrides,
});

function fakeClient(settings: Partial<VaultSettings> = {}, opened = item()) {
  let notify: (settings: VaultSettings) => void = () => {};
  const jobs: { cancel: ReturnType<typeof vi.fn>; settle: (value: SealedPackage) => void }[] = [];
  const client = {
    openItem: vi.fn(async () => ({ item: opened, secret: SECRET })),
    attachOcid: vi.fn(async (_itemId: string, ocid: string) => ({ ...opened, ocid })),
    keepTokenEndpoint: vi.fn(async (_itemId: string, tokenEndpoint: string) => ({ ...opened, tokenEndpoint })),
    markDelivered: vi.fn(async () => {}),
    vaultSettings: vi.fn(async () => ({ ...DEFAULT_POLICY.vault, ...settings })),
    watchVaultSettings: vi.fn((onChange: (settings: VaultSettings) => void) => {
      notify = onChange;
      return () => {};
    }),
    seal: vi.fn((): RunningJob<SealedPackage> => {
      let settle: (value: SealedPackage) => void = () => {};
      let fail: (error: Error) => void = () => {};
      const result = new Promise<SealedPackage>((resolve, reject) => ((settle = resolve), (fail = reject)));
      const cancel = vi.fn(() => fail(new JobCancelled()));
      jobs.push({ cancel, settle });
      return { result, cancel };
    }),
  } satisfies HandoffClient;
  return { client, jobs, changePolicy: (next: Partial<VaultSettings>) => notify({ ...DEFAULT_POLICY.vault, ...next }) };
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the handoff page', () => {
  afterEach(cleanup);

  it('says where to open it from when the URL names no item', async () => {
    render(<HandoffPage itemId={null} client={fakeClient().client} />);
    expect((await screen.findByRole('alert')).textContent).toContain('open this page from the extension’s toolbar popup');
  });

  it('shows the vault’s refusal (delivered, deleted or expired)', async () => {
    const { client } = fakeClient();
    client.openItem.mockRejectedValue(new Error('This item is no longer in the vault: it was delivered, deleted or it expired.'));
    render(<HandoffPage itemId={ITEM_ID} client={client} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no longer in the vault');
  });

  it('offers only the channels the policy allows, and follows a policy change', async () => {
    const { client, changePolicy } = fakeClient({ handoffChannels: ['read-aloud'] });
    render(<HandoffPage itemId={ITEM_ID} client={client} />);
    await screen.findByRole('heading', { name: 'Read aloud' });
    expect(headings()).toEqual(['The credential', 'Read aloud', 'Mark delivered']);
    expect(screen.getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual(['Read aloud']);

    changePolicy({ handoffChannels: ['email', 'print'] });
    await screen.findByRole('heading', { name: 'Encrypted package' });
    expect(headings()).toEqual(['The credential', 'Encrypted package', 'Print', 'Mark delivered']);
  });

  it('generates a passphrase of at least the policy’s strength', async () => {
    const { client } = fakeClient({ minPassphraseBits: 100 });
    const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
    await screen.findByRole('heading', { name: 'Encrypted package' });
    expect(container.querySelector('[data-passphrase]')?.textContent?.split(' ')).toHaveLength(8);
    expect(screen.getByText(/about 103 bits \(policy minimum: 100 bits\)/)).toBeTruthy();
  });

  it('asks for the OCID before a package can be made', async () => {
    const { client } = fakeClient({}, item({ ocid: undefined }));
    render(<HandoffPage itemId={ITEM_ID} client={client} />);
    expect(await screen.findByText(/Enter the credential’s OCID first/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make encrypted package' })).toBeNull();
    fireEvent.input(screen.getByLabelText('Credential OCID'), { target: { value: OCID_OC1 } });
    fireEvent.click(screen.getByRole('button', { name: 'Attach OCID' }));
    await screen.findByRole('button', { name: 'Make encrypted package' });
    expect(client.attachOcid).toHaveBeenCalledWith(ITEM_ID, OCID_OC1);
  });

  describe('a token endpoint the Console did not give', () => {
    const NEWGOV = 'https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token';
    const unknownRealm = (overrides: Partial<VaultItemSummary> = {}) =>
      item({ context: context({ realm: undefined, region: undefined }), ocid: OCID_OC1.replace('.oc1.', '.oc2.'), ...overrides });

    it('keeps the one entered with the vault item, and shows it', async () => {
      const { client } = fakeClient({}, unknownRealm());
      const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
      fireEvent.input(await screen.findByLabelText('Region or token endpoint'), { target: { value: ` ${NEWGOV} ` } });
      fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
      await waitFor(() => expect(container.querySelector('.facts [data-token-endpoint]')?.textContent).toBe(NEWGOV));
      expect(client.keepTokenEndpoint).toHaveBeenCalledWith(ITEM_ID, NEWGOV);
      expect(container.textContent).toContain('oc2 · us-newgov-9 (entered here)');
    });

    it('shows the one kept from an earlier visit at once', async () => {
      const { client } = fakeClient({}, unknownRealm({ tokenEndpoint: NEWGOV }));
      const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
      await screen.findByRole('button', { name: 'Make encrypted package' });
      expect(container.querySelector('.facts [data-token-endpoint]')?.textContent).toBe(NEWGOV);
      expect(screen.queryByLabelText('Region or token endpoint')).toBeNull();
    });

    it('says why a kept one that no longer checks out cannot be used, and asks again', async () => {
      const { client } = fakeClient({}, unknownRealm({ tokenEndpoint: 'https://auth.us-newgov-9.evil.example/oauth2/token' }));
      render(<HandoffPage itemId={ITEM_ID} client={client} />);
      await screen.findByLabelText('Region or token endpoint');
      expect(screen.getByRole('alert').textContent).toBe(
        'The token endpoint kept for this credential cannot be used: evil.example is not the domain of a realm this extension knows. Enter the region or the token endpoint again.',
      );
      expect(screen.queryByRole('button', { name: 'Make encrypted package' })).toBeNull();
    });

    it('shows the vault’s refusal to keep it', async () => {
      const { client } = fakeClient({}, unknownRealm());
      client.keepTokenEndpoint.mockRejectedValue(new Error('This item is no longer in the vault: it was delivered, deleted or it expired.'));
      render(<HandoffPage itemId={ITEM_ID} client={client} />);
      fireEvent.input(await screen.findByLabelText('Region or token endpoint'), { target: { value: 'us-langley-1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
      expect((await screen.findByRole('alert')).textContent).toContain('no longer in the vault');
    });
  });

  it('refuses a malformed recipient key before any encryption', async () => {
    const { client } = fakeClient();
    render(<HandoffPage itemId={ITEM_ID} client={client} />);
    fireEvent.click(await screen.findByLabelText('The recipient’s public key (age1…)'));
    fireEvent.input(screen.getByLabelText('Recipient’s public key'), { target: { value: 'ssh-ed25519 AAAA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make encrypted package' }));
    expect((await screen.findByRole('alert')).textContent).toContain('An SSH public key is not supported');
    expect(client.seal).not.toHaveBeenCalled();
  });

  it('seals the document with the shown passphrase, can cancel, then offers the package and an email without the passphrase', async () => {
    const { client, jobs } = fakeClient();
    const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
    const make = await screen.findByRole('button', { name: 'Make encrypted package' });
    const passphrase = container.querySelector('[data-passphrase]')?.textContent ?? '';

    fireEvent.click(make);
    expect(screen.getByRole('progressbar', { name: 'Encrypting the package…' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(jobs[0]?.cancel).toHaveBeenCalled();
    await screen.findByRole('button', { name: 'Make encrypted package' });

    fireEvent.click(screen.getByRole('button', { name: 'Make encrypted package' }));
    const [document, to] = client.seal.mock.calls[1] as unknown as [{ secret: string; credential: { ocid: string } }, { passphrase: string }];
    expect(document.secret).toBe(SECRET);
    expect(document.credential.ocid).toBe(OCID_OC1);
    expect(to).toEqual({ passphrase });
    jobs[1]?.settle({ sealed: { armored: ARMORED, binary: new Uint8Array([1, 2, 3]) }, qr: qrSymbol(ARMORED) });

    expect(((await screen.findByLabelText('Encrypted package (armored text)')) as HTMLTextAreaElement).value).toBe(ARMORED);
    // The print sheet draws the QR code the worker made with the package, once its preview is shown.
    expect(container.querySelector('.print-sheet')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the print preview' }));
    expect(container.querySelector('.print-sheet svg.qr path')?.getAttribute('d')).toBe(qrSymbol(ARMORED)?.path);
    const email = screen.getByText('Compose email') as HTMLAnchorElement;
    expect(decodeURIComponent(email.href)).toContain('YWdl');
    expect(decodeURIComponent(email.href)).not.toContain(passphrase);
    expect(decodeURIComponent(email.href)).not.toContain(SECRET);
  });

  it('draws the print sheet for its preview and for printing only: "Print the sheet" and the browser’s own print (Ctrl+P) put it on the page first', async () => {
    const { client, jobs } = fakeClient();
    const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make encrypted package' }));
    jobs[0]?.settle({ sealed: { armored: ARMORED, binary: new Uint8Array([1]) }, qr: qrSymbol(ARMORED) });
    await screen.findByLabelText('Encrypted package (armored text)');
    const sheet = () => container.querySelector('.print-sheet svg.qr');
    expect(container.querySelector('.print-sheet')).toBeNull();

    const sheetWhenPrinting: boolean[] = [];
    // happy-dom has no window.print.
    const print = vi.fn(() => void sheetWhenPrinting.push(sheet() !== null));
    vi.stubGlobal('print', print);
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Print the sheet' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      expect(sheetWhenPrinting).toEqual([true]);
      await waitFor(() => expect(container.querySelector('.print-sheet')).toBeNull());
    } finally {
      vi.unstubAllGlobals();
    }

    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(sheet()).not.toBeNull());
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(container.querySelector('.print-sheet')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Show the print preview', expanded: false }));
    expect(sheet()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hide the print preview', expanded: true }));
    expect(container.querySelector('.print-sheet')).toBeNull();
  });

  it('tells the user to attach the file when the package is too long for a compose link', async () => {
    const { client, jobs } = fakeClient();
    render(<HandoffPage itemId={ITEM_ID} client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make encrypted package' }));
    const long = `-----BEGIN AGE ENCRYPTED FILE-----\n${'QUJD'.repeat(700)}\n-----END AGE ENCRYPTED FILE-----\n`;
    jobs[0]?.settle({ sealed: { armored: long, binary: new Uint8Array([1]) }, qr: qrSymbol(long) });
    const email = (await screen.findByText('Compose email')) as HTMLAnchorElement;
    expect(email.dataset.packageInBody).toBe('false');
    expect(decodeURIComponent(email.href)).not.toContain('QUJDQUJD');
    expect(screen.getByText(/too long for a compose link/).textContent).toContain('ci-deploy.age');
  });

  it('marks the item delivered by the chosen channel after a confirmation, then drops the secret', async () => {
    const { client } = fakeClient();
    const { container } = render(<HandoffPage itemId={ITEM_ID} client={client} />);
    fireEvent.click(await screen.findByLabelText('Printed sheet'));
    fireEvent.click(screen.getByRole('button', { name: 'Mark delivered' }));
    expect(client.markDelivered).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delivered: delete the secret' }));
    await waitFor(() => expect(container.querySelector('main')?.dataset.state).toBe('delivered'));
    expect(client.markDelivered).toHaveBeenCalledWith(ITEM_ID, 'print');
    expect(screen.getByText(/^Delivered \(Printed sheet\)\. The secret was deleted from the vault/)).toBeTruthy();
    expect(container.textContent).toContain('purged from the vault');
    expect(screen.queryByRole('button', { name: 'Show secret' })).toBeNull();
    expect(container.textContent).not.toContain(SECRET);
  });
});
