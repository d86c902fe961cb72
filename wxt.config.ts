import { defineConfig } from 'wxt';

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
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // Never declare web_accessible_resources: pages must not be able to read or detect us.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newscontext@newscontext.example',
              strict_min_version: '140.0',
              // Nothing leaves the browser: the extension collects no data at all.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
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
    },
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { chunkSizeWarningLimit: 2000 },
  }),
});
