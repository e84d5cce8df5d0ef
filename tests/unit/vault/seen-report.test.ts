import { describe, expect, it } from 'vitest';
import { createSeenReport } from '@/utils/vault/seen-report';
import { OCID_OC1, OCID_OC1_OTHER } from './fixtures';

const A = { name: 'ci-deploy', ocid: OCID_OC1 };
const B = { name: 'nightly', ocid: OCID_OC1_OTHER };

describe('createSeenReport', () => {
  it('tells each credential once, however often the page updates', () => {
    const report = createSeenReport();
    const told = [[A], [A], [A, B], [B, A], [], [A, B]].map((shown) => report(shown, false));
    expect(told).toEqual([[A], [], [B], [], [], []]);
  });

  it('tells again when the same OCID shows under a new name (renamed) or another OCID under the same name', () => {
    const report = createSeenReport();
    report([A], false);
    expect(report([{ ...A, name: 'renamed' }], false)).toEqual([{ ...A, name: 'renamed' }]);
    expect(report([{ ...A, ocid: OCID_OC1_OTHER }], false)).toEqual([{ ...A, ocid: OCID_OC1_OTHER }]);
  });

  it('tells everything once more when a secret dialog opens and when it closes', () => {
    const report = createSeenReport();
    expect(report([A, B], false)).toEqual([A, B]);
    expect(report([A, B], true)).toEqual([A, B]);
    expect(report([A, B], true)).toEqual([]);
    expect(report([A, B], false)).toEqual([A, B]);
    expect(report([A, B], false)).toEqual([]);
  });
});
