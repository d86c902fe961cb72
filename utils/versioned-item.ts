/**
 * Saving a versioned storage item so that its version mark can never go missing.
 *
 * WXT's `setValue` on a versioned item writes the mark (`<key>$`) apart from the value,
 * and only on a context's first save. A popup closed between the two writes left a
 * current value with no mark; the next page to load took it for version 1 and ran every
 * migration on it, resetting the reader's settings or emptying the notebook. Here the
 * value and its mark go in one `storage.local.set`, which the browser applies whole.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';

export async function saveVersioned<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  version: number,
  value: T,
): Promise<void> {
  // After this context's own migration check, as `setValue` waits for it: a migration
  // finishing later would otherwise write over this value.
  await item.getMeta();
  const markKey = `${item.key}$` as const satisfies StorageItemKey;
  await storage.setItems([
    { item, value },
    { key: markKey, value: { v: version } },
  ]);
}
