import { severityRank, type Finding, type FindingLocation } from '../findings/finding';

// One order for every findings list, so the assistant shows the same list for the same draft:
// most serious first, then top to bottom as the panel reads (the draft as a whole, name,
// description, then each pair: audience, scope, the row), then by id. A rule that reports the
// same place twice is shown once.

const PAIR_FIELDS = ['audience', 'scope', 'pair'] as const;

function place(location: FindingLocation): [number, number, number] {
  switch (location.kind) {
    case 'draft':
      return [0, 0, 0];
    case 'name':
      return [1, 0, 0];
    case 'description':
      return [2, 0, 0];
    case 'pair':
      return [3, location.index, PAIR_FIELDS.indexOf(location.field)];
  }
}

function compare(a: Finding, b: Finding): number {
  const [pa, pb] = [place(a.location), place(b.location)];
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    pa[0] - pb[0] ||
    pa[1] - pb[1] ||
    pa[2] - pb[2] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Sorted by severity then location then id; one finding per id and place (the first one reported). */
export function orderFindings<T extends Finding>(findings: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique = findings.filter((finding) => {
    const key = `${finding.id}|${place(finding.location).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compare);
}
