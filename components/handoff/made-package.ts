import type { PackageProtection } from '@/utils/handoff/age';
import type { SealedPackage } from '@/utils/handoff/package-job';

/** A package made on the handoff page, with what its delivery needs to say about it. */
export interface MadePackage extends SealedPackage {
  protection: PackageProtection;
  /** The passphrase it is encrypted to; shown on screen, never put in an email or on the print sheet. */
  passphrase?: string;
  /** The recipient public key it is encrypted to. */
  recipient?: string;
  fileName: string;
}
