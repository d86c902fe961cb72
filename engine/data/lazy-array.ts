/**
 * A read-only array whose items are made on access: `length`, indexing, `in`, and the
 * array methods (which read through the same traps) work; nothing is held.
 */
export function lazyArray<T>(length: number, at: (i: number) => T): readonly T[] {
  const isIndex = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const c = p.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(p);
    return Number.isInteger(i) ? i : -1;
  };
  return new Proxy([] as T[], {
    get(target, p, receiver) {
      const i = isIndex(p);
      if (i >= 0) return i < length ? at(i) : undefined;
      if (p === 'length') return length;
      return Reflect.get(target, p, receiver) as unknown;
    },
    has(target, p) {
      const i = isIndex(p);
      return i >= 0 ? i < length : Reflect.has(target, p);
    },
    set: () => false,
    deleteProperty: () => false,
  });
}
