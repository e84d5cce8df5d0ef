import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleMatchPatterns } from './utils/realm/console-hosts';
import { FIREFOX_ADDON_ID } from './utils/policy/deployment';
import { managedSchema } from './utils/policy/managed-schema';

// The manifest is the extension's contract with the browser: keep permissions to what is used.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  hooks: {
    // The in-page script is held to 40 kB. Everything it calls (runtime.sendMessage/getURL,
    // storage.onChanged) is promise-based natively in Chrome MV3 and Firefox, so it uses the
    // browser's own namespace; the polyfill stays where it matters (background onMessage replies, pages).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        'wxt/browser': '@wxt-dev/browser',
        // WXT's context announces the extension to the page; ours says nothing (see the file).
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'entrypoints/console.content/quiet-context.ts'),
      };
    },
    // Chrome validates enterprise policy against this schema; it is generated from the zod policy schema.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
  manifest: ({ browser }) => ({
    name: 'OCI Credential Guard',
    description:
      'Safer OAuth 2.0 client credentials in the OCI Console: realm availability, least-privilege scopes, encrypted handoff.',
    // Firefox lets an extension page write to the clipboard without a recent user action only with
    // clipboardWrite: the least that lets the timer empty a copied secret (components/shared/clipboard.ts).
    // Chromium needs nothing for that (it wants the page focused), so it does not ask.
    permissions: browser === 'firefox' ? ['storage', 'alarms', 'clipboardWrite'] : ['storage', 'alarms'],
    // Stricter than the browsers' defaults: nothing needs WebAssembly, so no 'wasm-unsafe-eval' (scrypt
    // and age are plain JavaScript); only the extension's own scripts, no eval, no plugins.
    content_security_policy:
      browser === 'firefox' ? "script-src 'self'; object-src 'self'" : { extension_pages: "script-src 'self'; object-src 'self'" },
    // Loaded by the content script into its isolated world only when needed: the age sealer at capture
    // time, the in-page UI (banner, capture control, scope assistant) when a host first appears.
    web_accessible_resources: [
      {
        resources: ['sealer.js', 'in-page-ui.js'],
        matches: consoleMatchPatterns(),
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID, strict_min_version: '128.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
