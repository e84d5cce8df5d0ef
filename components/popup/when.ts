// Dates as the popup shows them: the user's locale, day and minute.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(at: number): string {
  return format.format(at);
}
