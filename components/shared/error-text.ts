// An error as a page shows it: our errors carry messages written for the user; anything else
// gets a generic sentence rather than a message nobody wrote for them.

export function errorText(error: unknown, fallback: string): string {
  return error instanceof Error && error.message !== '' ? error.message : fallback;
}
