import type { QrSymbol } from '@/utils/handoff/qr';

export interface QrCodeProps {
  symbol: QrSymbol;
  /** What the code holds, for assistive technology. */
  label: string;
}

export function QrCode({ symbol, label }: QrCodeProps) {
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${symbol.size} ${symbol.size}`}
      shape-rendering="crispEdges"
      data-qr-version={symbol.version}
      data-qr-size={symbol.size}
    >
      <rect width={symbol.size} height={symbol.size} fill="#fff" />
      <path d={symbol.path} fill="#000" />
    </svg>
  );
}
