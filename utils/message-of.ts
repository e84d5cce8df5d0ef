/** Any thrown value as text, for messages that say what failed (never used for a secret's errors). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
