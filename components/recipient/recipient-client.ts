import type { DecryptWith } from '@/utils/handoff/age';
import { openInWorker, type RunningJob } from '@/utils/handoff/package-job-client';
import type { HandoffDocument } from '@/utils/handoff/package-schema';
import { forgetIdentity, keepIdentity, readKeptIdentity, type KeptIdentity } from '@/utils/recipient/kept-identity';

// What the recipient's pages need from the extension, behind one small interface (tests pass a fake).

export interface RecipientClient {
  open(input: string | Uint8Array, key: DecryptWith): RunningJob<HandoffDocument>;
  keptIdentity(): Promise<KeptIdentity | undefined>;
  keepIdentity(identity: KeptIdentity): Promise<void>;
  forgetIdentity(): Promise<void>;
}

export function browserRecipientClient(): RecipientClient {
  return {
    open: (input, key) => openInWorker(input, key),
    keptIdentity: readKeptIdentity,
    keepIdentity,
    forgetIdentity,
  };
}
