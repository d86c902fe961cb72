import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS_FILE, highlightStylesheet } from './utils/highlight-styles.ts';
import { MANAGED_SCHEMA_FILE, managedSchema } from './utils/policy-schema.ts';

/**
 * The oldest browsers the extension claims. Chromium: the first with every feature it
 * needs — the CSS Custom Highlight API (105), `structuredClone` (98) and `color-mix()`
 * in the popup and card styles (111); older ones are refused by the store and the
 * browser. Firefox: 140, the first with the Custom Highlight API, which is also Debian
 * stable's ESR; the e2e suite runs on a Firefox 140 ESR to prove it (see README).
 */
export const MIN_CHROME_VERSION = '111';
export const MIN_FIREFOX_VERSION = '140.0';
const CONTENT_SCRIPT_JS = 'content-scripts/news.js';

/**
 * Stable extension ids, so an administrator's policy can name the extension. Chromium
 * derives the id from this public key (the private half is not needed to load or pack
 * the build for a school; a Chrome Web Store listing would bring its own key and id).
 */
export const CHROME_EXTENSION_ID = 'mjodmolngnmafnpglilacjamcamoipba';
export const FIREFOX_EXTENSION_ID = 'newscontext@newscontext.example';
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2+qgMR1+04O81kBVIvAaExCc4vMbFTaa24zQqUjhImvRWNhxtAOsaCxrkhA1/9aupRxFl+W6zQwVDt2F/jdcX6rezJTNWZq/6rBsWnHHWSM7LuDCX5X7ZVZhyPpaahe4Pz3RlsNojP+6gDpJ3FWk8Aajz51ICEkVc+0TzIPZbQx84YhJF9sgqd4Rgo20AUoH6qJmYCKBoK7w2kYcJhiG16U5kB0SySlXAL/j2v0OhySGrpoCI/HBgHYQEXbkmhge1ong4wLyfiqatnLfGDCzejaQo6orcNaj6e5pU3+TU7h7U7C3jpI1aAubALHI8SHFxW8Q22pYQAlTE1y/vjlp7wIDAQAB';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Engine and data-build code lives outside WXT's auto-import folders on purpose:
  // it must stay importable from Node (CLI, benchmark, unit tests) as plain TypeScript.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `offscreen` (Chromium): the data host that keeps the dataset loaded (entrypoints/data-host).
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Never declare web_accessible_resources: pages must not be able to read or detect us.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              strict_min_version: MIN_FIREFOX_VERSION,
              // Nothing leaves the browser: the extension collects no data at all.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: MIN_CHROME_VERSION,
          key: CHROME_PUBLIC_KEY,
          // Firefox reads policies.json's 3rdparty section without a schema.
          storage: { managed_schema: MANAGED_SCHEMA_FILE },
        }),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNext__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPrevious__',
      },
      'pin-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPin__',
      },
    },
  }),
  hooks: {
    // The highlight rules ship as a static sheet the browser injects with the content
    // script (utils/highlight-styles.ts says why); it is generated from the type colours.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: highlightStylesheet() });
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: JSON.stringify(managedSchema(), null, 2) });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      const script = manifest.content_scripts?.find((c) => c.js?.includes(CONTENT_SCRIPT_JS));
      if (!script) throw new Error(`no content script ${CONTENT_SCRIPT_JS} to attach the highlight sheet to`);
      script.css = [...(script.css ?? []), HIGHLIGHT_CSS_FILE];
    },
  },
  vite: ({ browser }) => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Lowered for the oldest browser the manifest claims, not Vite's own default (tests/e2e/package.spec.ts parses the output).
    build: {
      target:
        browser === 'firefox' ? `firefox${parseInt(MIN_FIREFOX_VERSION)}` : `chrome${MIN_CHROME_VERSION}`,
      chunkSizeWarningLimit: 2000,
    },
    // The data host's worker is an ES module like the rest (no code-splitting limits of IIFE).
    worker: { format: 'es' as const },
  }),
});
