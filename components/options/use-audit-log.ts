import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AuditLogContents } from '@/utils/audit/audit-log';
import { sendPageRequest } from '@/utils/messages/send';
import { touchesAuditLog } from '@/utils/policy/storage-keys';
import { messageOf } from '@/utils/message-of';

// The audit log as the background keeps it (read through the background, which prunes first),
// refreshed whenever the stored log changes.

export type AuditLogState = { status: 'loading' } | { status: 'failed'; error: string } | ({ status: 'ready' } & AuditLogContents);

export function useAuditLog(): { state: AuditLogState; clear: () => Promise<void>; clearError: string } {
  const [state, setState] = useState<AuditLogState>({ status: 'loading' });
  const [clearError, setClearError] = useState('');

  const refresh = useCallback(async () => {
    try {
      setState({ status: 'ready', ...(await sendPageRequest({ type: 'audit/list' })) });
    } catch (error) {
      setState({ status: 'failed', error: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (touchesAuditLog(changes, area)) void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    void refresh();
    return () => browser.storage.onChanged.removeListener(listener);
  }, [refresh]);

  const clear = async () => {
    try {
      await sendPageRequest({ type: 'audit/clear' });
      setClearError('');
    } catch (error) {
      setClearError(messageOf(error));
    }
    await refresh();
  };
  return { state, clear, clearError };
}
