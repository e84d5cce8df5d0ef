import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the extension's contract with the browser: every permission here is
// asserted exactly by tests/unit/manifest.test.ts, so any addition is deliberate.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'OCI Credential Guard',
    description:
      'Safer OAuth 2.0 client credentials in the OCI Console: realm availability, least-privilege scopes, encrypted handoff.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'credential-guard@oci-credential-guard.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
