import { browser } from 'wxt/browser';
import type { MessageRouter } from '../messages/router';
import { MessageRefused } from '../messages/result';
import { readStoredPolicy, watchStoredPolicy } from '../policy/stored-policy';
import type { VaultAuditSink } from '../vault/events';
import { createAuditLog, type AuditLog } from './audit-log';
import { auditEventFromVault } from './from-vault';

// Browser-bound: wires the audit trail into the background. Content scripts report Generate, the
// vault reports what happens to a captured secret, the options page reads and clears the log.
// The effective policy decides, at each event, whether the audit is on and how long records stay.

const PRUNE_ALARM = 'ocg-audit-prune';
const DAY_MINUTES = 24 * 60;

export interface InstalledAudit {
  log: AuditLog;
  /** For installVault({ audit }): each vault event becomes an audit record at the event's time. */
  vaultSink: VaultAuditSink;
}

/** Call synchronously at the background's top level, after startMessageRouter(). */
export function installAudit({ router }: { router: MessageRouter }): InstalledAudit {
  const log = createAuditLog({ settings: async () => (await readStoredPolicy()).policy.audit });
  const prune = () => log.prune().catch((error: unknown) => console.error('The audit log could not be pruned', error));

  router.onContent('audit/credential-generated', (message) => log.append(message.event));
  router.onContent('audit/closed-before-capture', (message) => log.append(message.event));
  router.onPage('audit/list', () => log.read());
  router.onPage('audit/clear', async () => {
    if ((await readStoredPolicy()).managed) {
      throw new MessageRefused('Your organization manages this extension\'s policy: only it can clear the audit log.');
    }
    return log.clear();
  });

  // Retention also applies while nothing happens: once a day, at start, and when the policy changes
  // (a shorter retentionDays takes effect at once).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune();
  });
  void browser.alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(PRUNE_ALARM, { periodInMinutes: DAY_MINUTES });
  });
  watchStoredPolicy(() => void prune());
  void prune();

  return {
    log,
    vaultSink: async (event) => void (await log.append(auditEventFromVault(event), new Date(event.at))),
  };
}
