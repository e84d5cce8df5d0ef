import { useEffect, useState } from 'preact/hooks';
import type { TokenEndpointFacts } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import type { MadePackage } from './made-package';
import { PrintSheet } from './PrintSheet';

export interface PrintSectionProps {
  item: VaultItemSummary;
  endpoint: TokenEndpointFacts | undefined;
  secret: string;
  made?: MadePackage;
  allowPlaintext: boolean;
  onPrinted: () => void;
}

type Paper = 'A4' | 'letter';

export function PrintSection({ item, endpoint, secret, made, allowPlaintext, onPrinted }: PrintSectionProps) {
  const [paper, setPaper] = useState<Paper>('A4');
  const [plaintext, setPlaintext] = useState(false);
  const [previewShown, setPreviewShown] = useState(false);
  const printing = usePrinting();
  const [printAsked, setPrintAsked] = useState(false);
  const withSecret = allowPlaintext && plaintext;
  const printable = made !== undefined || withSecret;
  // The sheet (its QR code above all) is costly to lay out and paint, so it is not drawn when a
  // package arrives: only while its preview is shown or the page is being printed.
  const sheetMounted = printable && (previewShown || printing || printAsked);

  // "Print the sheet" prints once the sheet is on the page.
  useEffect(() => {
    if (!printAsked) return;
    window.print();
    onPrinted();
    setPrintAsked(false);
  }, [printAsked, onPrinted]);

  return (
    <section class="card print-section" aria-labelledby="print-title">
      {/* Only the sheet is printed; the page size follows the choice below. */}
      <style>{`@page { size: ${paper}; margin: 15mm; }`}</style>
      <h2 id="print-title">Print</h2>
      <p>
        A sheet with the credential’s facts, instructions and the encrypted package as a QR code. The passphrase is never printed on it: send it
        separately.
      </p>
      <label for="paper">Paper</label>
      <select id="paper" value={paper} onChange={(event) => setPaper(event.currentTarget.value as Paper)} style={{ width: 'auto' }}>
        <option value="A4">A4</option>
        <option value="letter">US Letter</option>
      </select>
      {allowPlaintext && (
        <label class="inline" style={{ display: 'flex', marginTop: '8px' }}>
          <input type="checkbox" checked={plaintext} onChange={(event) => setPlaintext(event.currentTarget.checked)} />
          Print the secret itself in plain text (your organization’s policy allows it)
        </label>
      )}
      {!printable && <p class="hint">Make an encrypted package above first: the sheet carries it as a QR code.</p>}
      <p>
        <button type="button" class="primary" disabled={!printable} onClick={() => setPrintAsked(true)}>
          Print the sheet
        </button>{' '}
        <button type="button" aria-expanded={previewShown} disabled={!printable} onClick={() => setPreviewShown(!previewShown)}>
          {previewShown ? 'Hide the print preview' : 'Show the print preview'}
        </button>
      </p>
      {sheetMounted && <PrintSheet item={item} endpoint={endpoint} made={made} plaintextSecret={withSecret ? secret : undefined} printedAt={new Date()} />}
    </section>
  );
}

/**
 * True while the browser prints the page, however the print was started (Ctrl+P, the browser's
 * menu): `beforeprint` comes before the page is laid out for print, and the render it asks for
 * runs in the microtask right after it, so the sheet is on the page in time.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => setPrinting(true);
    const end = () => setPrinting(false);
    addEventListener('beforeprint', start);
    addEventListener('afterprint', end);
    return () => {
      removeEventListener('beforeprint', start);
      removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}
