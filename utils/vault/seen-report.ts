import type { ShownCredential } from '../console/credentials-shown';

// Which of the credentials a page shows are worth telling the vault about: only those not told
// yet, so the observer's frequent updates send nothing most of the time. When a secret dialog
// opens or closes, everything is told once more: the list behind a dialog may already show the new
// credential before the secret is captured, and a regenerated secret keeps its credential's OCID.

export type SeenReport = (shown: readonly ShownCredential[], dialogOpen: boolean) => ShownCredential[];

export function createSeenReport(): SeenReport {
  let told = new Set<string>();
  let dialogWasOpen = false;
  return (shown, dialogOpen) => {
    if (dialogOpen !== dialogWasOpen) {
      dialogWasOpen = dialogOpen;
      told = new Set();
    }
    const fresh: ShownCredential[] = [];
    for (const credential of shown) {
      const key = `${credential.ocid}\n${credential.name}`;
      if (told.has(key)) continue;
      told.add(key);
      fresh.push(credential);
    }
    return fresh;
  };
}
