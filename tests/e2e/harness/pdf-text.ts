import { inflateSync } from 'node:zlib';

// Just enough of a PDF reader to check what Chromium's page.pdf() printed, without a system tool:
// Skia writes uncompressed object syntax, Flate-compressed content streams, Type0 fonts with
// Identity-H encoding and a ToUnicode CMap, and text as `<hex glyph ids> Tj` / `[…] TJ`. The text
// comes out run by run (each BT…ET on its own line); compare it with whitespace removed.

export interface PdfContent {
  /** The text drawn on the pages, in drawing order, one BT…ET block per line. */
  text: string;
  /** How many `m` (move-to) path operators the pages draw: one per sub-path, e.g. per QR module run. */
  moveTos: number;
  pages: number;
  /** Width and height of the first page, in points (A4 ≈ 595.92 × 841.92, US Letter 612 × 792). */
  pageSize?: [number, number];
}

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

export function readPdf(pdf: Uint8Array): PdfContent {
  const bytes = Buffer.from(pdf);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF: it does not start with %PDF-.');
  const objects = parseObjects(bytes);
  const lines: string[] = [];
  let moveTos = 0;
  let pages = 0;
  let pageSize: [number, number] | undefined;
  for (const page of objects.values()) {
    if (!/\/Type \/Page\b/.test(page.dictionary)) continue;
    pages += 1;
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(page.dictionary);
    if (box && !pageSize) pageSize = [Number(box[1]), Number(box[2])];
    const fonts = pageFonts(page.dictionary, objects);
    for (const contentId of references(page.dictionary, 'Contents')) {
      const content = objects.get(contentId)?.stream;
      if (!content) continue;
      const operators = content.toString('latin1');
      moveTos += operators.match(/(?:^|\s)m(?=\s)/g)?.length ?? 0;
      lines.push(...textOf(operators, fonts));
    }
  }
  return { text: lines.join('\n'), moveTos, pages, ...(pageSize ? { pageSize } : {}) };
}

function parseObjects(bytes: Buffer): Map<number, PdfObject> {
  const source = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const streamAt = body.indexOf('stream');
    const dictionary = streamAt < 0 ? body : body.slice(0, streamAt);
    let stream: Buffer | undefined;
    if (streamAt >= 0) {
      let from = start + streamAt + 'stream'.length;
      if (source[from] === '\r') from += 1;
      if (source[from] === '\n') from += 1;
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
      const raw = bytes.subarray(from, from + length);
      stream = /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dictionary, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** `/Key 12 0 R` or `/Key [12 0 R 13 0 R]` → [12] or [12, 13]. */
function references(dictionary: string, key: string): number[] {
  const value = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+ 0 R)`).exec(dictionary)?.[1] ?? '';
  return Array.from(value.matchAll(/(\d+) 0 R/g), (match) => Number(match[1]));
}

/** Font resource name (F5) → glyph id (hex) → text, from each font's ToUnicode CMap. */
function pageFonts(pageDictionary: string, objects: Map<number, PdfObject>): Map<string, Map<string, string>> {
  const fonts = new Map<string, Map<string, string>>();
  const fontDictionary = /\/Font\s*<<([^>]*)>>/.exec(pageDictionary)?.[1] ?? '';
  for (const [, name, id] of fontDictionary.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(id));
    const cmapId = font && references(font.dictionary, 'ToUnicode')[0];
    const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream?.toString('latin1');
    fonts.set(name ?? '', cmap ? parseToUnicode(cmap) : new Map());
  }
  return fonts;
}

function parseToUnicode(cmap: string): Map<string, string> {
  const glyphs = new Map<string, string>();
  const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, text] of (block ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) glyphs.set(glyph!.toUpperCase(), unicode(text!));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, first] of (block ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const from = parseInt(low!, 16);
      for (let glyph = from; glyph <= parseInt(high!, 16); glyph++) {
        glyphs.set(glyph.toString(16).toUpperCase().padStart(4, '0'), String.fromCodePoint(parseInt(first!, 16) + glyph - from));
      }
    }
  }
  return glyphs;
}

function textOf(operators: string, fonts: Map<string, Map<string, string>>): string[] {
  const lines: string[] = [];
  let glyphs = new Map<string, string>();
  let line = '';
  const tokens = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bBT\b|\bET\b/g;
  for (const [token, fontName, hex] of operators.matchAll(tokens)) {
    if (fontName !== undefined) glyphs = fonts.get(fontName) ?? new Map();
    else if (hex !== undefined) line += (hex.toUpperCase().match(/.{4}/g) ?? []).map((glyph) => glyphs.get(glyph) ?? '\uFFFD').join('');
    else if (token === 'ET') {
      lines.push(line);
      line = '';
    }
  }
  return lines;
}
