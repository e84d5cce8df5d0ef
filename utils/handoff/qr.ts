import { encode } from 'uqr';

// The print sheet's QR code of the armored package, as one SVG path (rendered by Preact, never
// as markup from a string). Low error correction keeps a one- or two-pair package (1.4–2 kB of
// armor) within a QR code a phone still reads from paper; larger packages get no QR code, and the
// sheet prints the armored text instead.

/** The quiet zone the QR specification requires around the symbol, in modules. */
const QUIET_ZONE = 4;

export interface QrSymbol {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** An SVG path of the dark modules, one unit per module. */
  path: string;
  version: number;
}

/** The QR code of `text`, or undefined when it does not fit in the largest QR code. */
export function qrSymbol(text: string): QrSymbol | undefined {
  let encoded: ReturnType<typeof encode>;
  try {
    encoded = encode(text, { ecc: 'L', border: QUIET_ZONE });
  } catch {
    return undefined;
  }
  return { size: encoded.size, path: darkModulesPath(encoded.data), version: encoded.version };
}

/** Each run of dark modules in a row becomes one rectangle. */
export function darkModulesPath(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const width = x - start + 1;
      parts.push(`M${start} ${y}h${width}v1h-${width}z`);
    }
  });
  return parts.join('');
}
