import { constants, rmdirSync, rmSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { findChromium } from '../../../scripts/find-chromium.mjs';

// Chromium's real enterprise policy on Linux: JSON files in <policy dir>/managed/, whose
// "3rdparty" → "extensions" → <id> part reaches that extension as storage.managed. Writing there
// needs root (CI runs as root). Chromium reads the folder at start and watches it; a changed file
// is loaded once it has been still for 5 s (its settle interval).

/** Where the browser the tests launch reads managed policy files: Google Chrome and Chromium differ. */
export function managedPolicyDir(executablePath = findChromium() ?? '/usr/bin/chromium'): string {
  return basename(executablePath).startsWith('google-chrome') ? '/etc/opt/chrome/policies/managed' : '/etc/chromium/policies/managed';
}

/** Why the test cannot write a policy file there, or undefined when it can. */
export async function whyNoManagedPolicy(dir: string): Promise<string | undefined> {
  // The nearest folder that exists decides: the missing ones below it would be created.
  for (let folder = dir; ; folder = dirname(folder)) {
    try {
      await access(folder, constants.F_OK);
    } catch {
      if (folder === dirname(folder)) return `nothing of ${dir} exists`;
      continue;
    }
    try {
      await access(folder, constants.W_OK);
      return undefined;
    } catch {
      return `${folder} is not writable by this user (uid ${process.getuid?.() ?? '?'}); CI runs as root`;
    }
  }
}

export interface ManagedPolicyFile {
  path: string;
  /** Replaces the extension's policy (Chromium notices within about 5 s). */
  write(policy: unknown): Promise<void>;
  remove(): Promise<void>;
}

/** A policy file for one extension; removed by remove(), and at the latest when the test process exits. */
export async function managedPolicyFile(dir: string, extensionId: string): Promise<ManagedPolicyFile> {
  const created = await mkdir(dir, { recursive: true });
  const path = join(dir, `oci-credential-guard-e2e-${process.pid}.json`);
  const cleanUp = () => {
    rmSync(path, { force: true });
    // Only folders this test created, and only when nothing else was put there meanwhile.
    if (created) {
      for (let folder = dir; folder.startsWith(created); folder = dirname(folder)) {
        try {
          rmdirSync(folder);
        } catch {
          break;
        }
      }
    }
  };
  process.once('exit', cleanUp);
  return {
    path,
    write: (policy) => writeFile(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2)),
    remove: async () => {
      cleanUp();
      process.removeListener('exit', cleanUp);
    },
  };
}
