/**
 * The scan's look-ups in the alias index: a word's hash against the index's filters, a
 * small cache of recent answers, then the table itself.
 */
import { FILTER_SHIFT, LOWER_FILTER_SHIFT, type AliasIndex } from './alias-index.ts';

/** Can a walk that opened in lower case go on through this hash (already non-zero) to a key that may? */
export function lowerMayGo(index: AliasIndex, h: number): boolean {
  const bit = h >>> LOWER_FILTER_SHIFT;
  return (index.lowerFilter[bit >>> 3]! & (1 << (bit & 7))) !== 0;
}

/**
 * A small direct-mapped cache of recent answers (hash, info pairs; 32 KB) in front of
 * the table, one per index. The table is megabytes, so a probe there is a cache miss
 * or two, and news text names the same few hundred words and names again and again.
 */
const CACHE_BITS = 12;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const caches = new WeakMap<AliasIndex, Int32Array>();

export function cacheFor(index: AliasIndex): Int32Array {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Int32Array(2 << CACHE_BITS)));
  return cache;
}

/** Slot info for a hash (already non-zero), or 0: the filter first, then the cache, then the table. */
export function lookup(index: AliasIndex, cache: Int32Array, h: number): number {
  const bit = h >>> FILTER_SHIFT;
  if ((index.filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return 0;
  const at = (h & CACHE_MASK) << 1;
  if (cache[at] === h) return cache[at + 1]!;
  const slotHash = index.slotHash;
  const mask = index.mask;
  const checkSlots = index.checkSlots;
  let slot = h & mask;
  let info = 0;
  for (;;) {
    checkSlots?.(slot);
    const s = slotHash[slot]!;
    if (s === h) {
      info = index.slotInfo[slot]!;
      break;
    }
    if (s === 0) break;
    slot = (slot + 1) & mask;
  }
  cache[at] = h;
  cache[at + 1] = info;
  return info;
}
