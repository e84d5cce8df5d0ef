// Small statistics for the benchmark: medians for noisy timings, nearest-rank percentiles for
// latencies (p95 of 50 samples is the 48th smallest, a real sample, never an interpolation).

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile (`p` in 0–100] of the samples; NaN when there are none. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile is in (0, 100], not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** median(with) / median(without): the extension's cost as a factor of the page's own. */
export function medianRatio(withExtension, withoutExtension) {
  return median(withExtension) / median(withoutExtension);
}
