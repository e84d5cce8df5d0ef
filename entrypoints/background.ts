import { defineBackground } from 'wxt/utils/define-background';
import { installAudit } from '@/utils/audit/install';
import { startMessageRouter } from '@/utils/messages/listen';
import { installPolicy } from '@/utils/policy/install';
import { installVault } from '@/utils/vault/install';

export default defineBackground(() => {
  // The router must be the only runtime.onMessage listener: it answers every message.
  const router = startMessageRouter();
  installPolicy({ router });
  const audit = installAudit({ router });
  installVault({ router, audit: audit.vaultSink });
});
