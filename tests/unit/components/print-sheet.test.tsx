import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MadePackage } from '@/components/handoff/made-package';
import { PrintSheet } from '@/components/handoff/PrintSheet';
import { qrSymbol } from '@/utils/handoff/qr';
import { knownTokenEndpoint } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import { context, HOUR, OCID_OC1, T0 } from '../vault/fixtures';

// What goes on paper. Printing itself (only the sheet, A4 and Letter, the PDF's text) is checked
// in Chromium; here: the QR code or the text, and the plaintext warning.

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const PASSPHRASE = 'unheard rejoice dexterity overlying sturdily vineyard';
const item: VaultItemSummary = { id: 'a'.repeat(32), state: 'sealed', context: context(), capturedAt: T0, expiresAt: T0 + HOUR, ocid: OCID_OC1 };

const endpoint = knownTokenEndpoint(item.context);

const made = (armored: string): MadePackage => ({
  sealed: { armored, binary: new Uint8Array() },
  qr: qrSymbol(armored),
  protection: 'passphrase',
  passphrase: PASSPHRASE,
  fileName: 'ci-deploy.age',
});
const armor = (bodyLength: number) => `-----BEGIN AGE ENCRYPTED FILE-----\n${'QUJD'.repeat(bodyLength / 4)}\n-----END AGE ENCRYPTED FILE-----\n`;

describe('the print sheet', () => {
  afterEach(cleanup);

  it('carries the facts and the package as a QR code, and says the passphrase comes separately', () => {
    const { container } = render(<PrintSheet item={item} endpoint={endpoint} made={made(armor(1400))} printedAt={new Date(T0)} />);
    expect(container.textContent).toContain(OCID_OC1);
    expect(container.textContent).toContain('https://auth.us-ashburn-1.oraclecloud.com/oauth2/token');
    expect(container.querySelector('svg.qr path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(container.querySelector('[data-armored-on-sheet]')).toBeNull();
    expect(container.textContent).toContain('The passphrase is not on this sheet');
    expect(container.textContent).not.toContain(PASSPHRASE);
    expect(container.textContent).not.toContain(SECRET);
  });

  it('prints the armored text instead when the package is too large for a QR code', () => {
    const big = armor(4000);
    const { container } = render(<PrintSheet item={item} endpoint={endpoint} made={made(big)} printedAt={new Date(T0)} />);
    expect(container.querySelector('svg.qr')).toBeNull();
    expect(container.querySelector('[data-armored-on-sheet]')?.textContent).toBe(big);
  });

  it('shows the plaintext secret only when given it, under a warning', () => {
    const { container } = render(<PrintSheet item={item} endpoint={endpoint} plaintextSecret={SECRET} printedAt={new Date(T0)} />);
    expect(container.querySelector('[role="note"]')?.textContent).toContain('This sheet shows the secret in plain text.');
    expect(container.querySelector('.sheet-secret')?.textContent?.replace(/\s/g, '')).toBe(SECRET);
    expect(container.querySelector('article')?.dataset.plaintext).toBe('true');
  });

  it('shows the realm, region and token endpoint entered on the handoff page when the Console showed none', () => {
    const unknown: VaultItemSummary = { ...item, context: context({ realm: undefined, region: undefined }) };
    const entered = { realm: 'oc19', region: 'eu-berlin-3', tokenEndpoint: 'https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token' };
    const { container } = render(<PrintSheet item={unknown} endpoint={entered} made={made(armor(1400))} printedAt={new Date(T0)} />);
    expect(container.textContent).toContain('oc19 · eu-berlin-3');
    expect(container.querySelector('[data-token-endpoint]')?.textContent).toBe(entered.tokenEndpoint);
  });
});
