import type { z } from 'zod';

/**
 * A zod error as one readable line per problem: where, and what was expected. zod's messages name
 * the expected shape, never the received value, so a rejected message that carried a secret does
 * not echo it into an error or a log.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(whole value)'}: ${issue.message}`)
    .join('; ');
}
