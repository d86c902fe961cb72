/**
 * The dataset's look-ups as flat arrays: string → index hash tables that keep only
 * hashes (a hit is confirmed by the key its value gives), offset/target lists, and the
 * terms of an entity found by scanning one small array. None of them builds objects
 * when the dataset is opened.
 */
import { mix, nonZero, FNV_OFFSET } from '../match/alias-index.ts';
import { checkTogether, type Checked } from './binary-read.ts';
import { MapView } from './map-view.ts';

/** FNV-1a over a string's UTF-16 code units, never 0: 0 marks an empty slot. */
export const hashString = (s: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return nonZero(h);
};

export function buildLookup(entries: ReadonlyMap<string, number>): {
  hashes: Int32Array;
  values: Int32Array;
} {
  const slots = 1 << Math.ceil(Math.log2(Math.max(8, entries.size * 1.25)));
  const mask = slots - 1;
  const hashes = new Int32Array(slots);
  const values = new Int32Array(slots);
  for (const [key, value] of entries) {
    const h = hashString(key);
    let slot = h & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = h;
    values[slot] = value;
  }
  return { hashes, values };
}

/** Lists of indices as one offsets array and one targets array. */
export function csr(lists: readonly (readonly number[])[]): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const targets = new Int32Array(offsets[lists.length]!);
  lists.forEach((l, i) => targets.set(l, offsets[i]!));
  return { offsets, targets };
}

/** A string → index table that keeps only hashes, confirming a hit by the key its value gives. */
export class HashedLookup extends MapView<string, number> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly slotValues: Int32Array;
  /** Before slots are read: their blocks in both arrays (engine/data/binary.ts). */
  private readonly check: (from: number, to?: number) => void;
  constructor(
    hashes: Checked<Int32Array>,
    values: Checked<Int32Array>,
    readonly size: number,
    private readonly keyOf: (value: number) => string | undefined,
  ) {
    super();
    this.hashes = hashes.array;
    this.slotValues = values.array;
    this.mask = this.hashes.length - 1;
    this.check = checkTogether(hashes, values);
  }
  get(key: string): number | undefined {
    const h = hashString(key);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      this.check(slot);
      const s = this.hashes[slot]!;
      if (s === 0) return undefined;
      if (s === h && this.keyOf(this.slotValues[slot]!) === key) return this.slotValues[slot]!;
    }
  }
  *entries(): MapIterator<[string, number]> {
    this.check(0, this.hashes.length);
    for (let slot = 0; slot < this.hashes.length; slot++) {
      if (this.hashes[slot] === 0) continue;
      const v = this.slotValues[slot]!;
      yield [this.keyOf(v)!, v];
    }
  }
}

/** Term indices by the entity (holder or office) they point at, found by scanning a small array. */
export class TermLookup extends MapView<string, readonly number[]> {
  constructor(
    private readonly refs: Int32Array,
    private readonly byId: ReadonlyMap<string, number>,
    private readonly idOf: (entity: number) => string,
  ) {
    super();
  }
  private listOf(e: number): number[] {
    const out: number[] = [];
    for (let t = 0; t < this.refs.length; t++) if (this.refs[t] === e) out.push(t);
    return out;
  }
  get(id: string): readonly number[] | undefined {
    const e = this.byId.get(id);
    if (e === undefined) return undefined;
    const list = this.listOf(e);
    return list.length ? list : undefined;
  }
  get size(): number {
    return new Set(Array.from(this.refs).filter((r) => r >= 0)).size;
  }
  *entries(): MapIterator<[string, readonly number[]]> {
    for (const e of new Set(Array.from(this.refs).filter((r) => r >= 0)))
      yield [this.idOf(e), this.listOf(e)];
  }
}
