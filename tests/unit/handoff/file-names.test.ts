import { describe, expect, it } from 'vitest';
import { identityFileName, packageFileName } from '@/utils/handoff/file-names';

describe('download file names', () => {
  it.each([
    ['orders-oic-rest', 'orders-oic-rest.age'],
    ['Orders OIC (prod)', 'Orders-OIC-prod.age'],
    ['../../etc/passwd', 'etc-passwd.age'],
    ['café crème', 'cafe-creme.age'],
    ['日本語', 'credential.age'],
    ['...', 'credential.age'],
    ['x'.repeat(200), `${'x'.repeat(80)}.age`],
  ])('%s → %s', (name, file) => {
    expect(packageFileName(name)).toBe(file);
  });

  it('dates the identity file', () => {
    expect(identityFileName(new Date('2025-03-04T23:59:00Z'))).toBe('oci-credential-identity-2025-03-04.txt');
  });
});
