/**
 * A read-only Map over data kept elsewhere (typed arrays, or two maps read as one): a
 * subclass says how to get one value, how many there are and how to walk them all; the
 * rest of ReadonlyMap follows from those.
 */
export abstract class MapView<K, V> implements ReadonlyMap<K, V> {
  abstract readonly size: number;
  abstract get(key: K): V | undefined;
  abstract entries(): MapIterator<[K, V]>;
  has(key: K): boolean {
    return this.get(key) !== undefined;
  }
  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
