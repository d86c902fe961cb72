/** Where the extension keeps installed packs (WXT storage key); zod-free, so the content script can watch it. */
export const PACKS_STORAGE_KEY = 'local:packs';
