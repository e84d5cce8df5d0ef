// "Time left" as the popup shows it: coarse on purpose (the popup refreshes every 30 s).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatTimeLeft(ms: number): string {
  if (ms <= 0) return 'expiring now';
  if (ms < MINUTE) return 'less than a minute left';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return `${days} d ${hours} h left`;
  if (hours > 0) return `${hours} h ${minutes} min left`;
  return `${minutes} min left`;
}
