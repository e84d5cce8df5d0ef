import { defineBackground } from 'wxt/utils/define-background';
import { installAudit } from '@/utils/audit/install';
import { startMessageRouter } from '@/utils/messages/listen';
import { installPolicy } from '@/utils/policy/install';
import { installBannerDismissals } from '@/utils/banner/install-dismissals';
import { installVault } from '@/utils/vault/install';
import { ttlFromStoredPolicy } from '@/utils/vault/policy-ttl';

export default defineBackground(() => {
  // The router must be the only runtime.onMessage listener: it answers every message.
  const router = startMessageRouter();
  installPolicy({ router });
  const audit = installAudit({ router });
  installVault({ router, ttl: ttlFromStoredPolicy, audit: audit.vaultSink });
  installBannerDismissals({ router });
});
