import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's age CLI (1.1.1), the tool the format documentation tells recipients to use; shared by
// the interop unit tests and the e2e handoff tests. age reads a passphrase only from a terminal:
// `script` (util-linux, always on Debian) gives it one.

const AGE = '/usr/bin/age';
const AGE_KEYGEN = '/usr/bin/age-keygen';

/** Every test fails, with this message, when the CLI is missing: nothing is skipped. */
function requireTool(tool: string): string {
  if (!existsSync(tool)) throw new Error(`${tool} is missing: install Debian's age package (apt-get install age); .ci/run installs it on CI.`);
  return tool;
}

export function age(args: string[]): string {
  return execFileSync(requireTool(AGE), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function ageKeygen(args: string[]): string {
  return execFileSync(requireTool(AGE_KEYGEN), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs age on a pseudo-terminal, typing `lines` (passphrase, and its confirmation when encrypting). */
export function ageOnTerminal(args: string[], lines: string[]): void {
  const quoted = [requireTool(AGE), ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  execFileSync('script', ['-qec', quoted, '/dev/null'], { input: lines.map((line) => `${line}\n`).join(''), stdio: ['pipe', 'ignore', 'pipe'] });
}
