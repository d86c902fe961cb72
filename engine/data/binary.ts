/**
 * The compiled dataset's binary container. `data:build` writes it as part files of at
 * most PART_MAX_BYTES, each self-contained so it is used in place, straight from
 * `fetch(...).arrayBuffer()`, with nothing copied or joined:
 *
 *   header (24 bytes): magic "NCDB" · format version · part index · part count ·
 *                      payload bytes · checksum of the part's index
 *   payload:           the part's index (u32 directory length · directory: JSON, the
 *                      section table and in part 0 the dataset's meta · the checksum of
 *                      every BLOCK_BYTES block of every section) · sections (typed
 *                      arrays, each at a multiple of 8 bytes)
 *
 * Checksums are FNV-1a over 32-bit words, in four interleaved lanes folded together at
 * the end: the header's covers the part's index, which holds one per block, so any
 * byte of a section is checked through its block against a checked index (a two-level
 * hash tree). A reader checks the index of every part at open and a block before any
 * byte of it is used: a section read whole is checked whole on first use; one read a
 * few items at a time (a hash table probed per word, records decoded per card) only
 * where it is read, so a start costs what it reads, not what the data holds. Any
 * failure throws a `DataFileError` naming the file and the problem, so a corrupt,
 * truncated or mismatched file never gives an answer. Plain TypeScript: the
 * background, the Node CLIs and the tests share it.
 *
 * This module holds the format; binary-write.ts writes it, binary-read.ts reads it.
 */

/** "NCDB" as a little-endian u32. */
export const MAGIC = 0x4244434e;
/** Bump whenever the layout of a section changes; readers refuse any other version. */
export const FORMAT_VERSION = 5;
/** A checksum per this many bytes of a section. */
export const BLOCK_BYTES = 1024;
export const BLOCK_WORDS = BLOCK_BYTES / 4;
export const HEADER_BYTES = 24;
/** Well under what add-on store linters read. */
export const PART_MAX_BYTES = 2_800_000;

export const binFile = (name: string, i: number): string => `${name}-${i}.bin`;

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`dataset file ${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over 32-bit words in four lanes, folded: words `from` to `to` of `w` (all by default). */
export function checksum(w: Int32Array, from = 0, to = w.length): number {
  let a = FNV_OFFSET;
  let b = a ^ 1;
  let c = a ^ 2;
  let d = a ^ 3;
  const n = from + ((to - from) & ~3);
  let i = from;
  for (; i < n; i += 4) {
    a = Math.imul(a ^ w[i]!, FNV_PRIME);
    b = Math.imul(b ^ w[i + 1]!, FNV_PRIME);
    c = Math.imul(c ^ w[i + 2]!, FNV_PRIME);
    d = Math.imul(d ^ w[i + 3]!, FNV_PRIME);
  }
  for (; i < to; i++) a = Math.imul(a ^ w[i]!, FNV_PRIME);
  let h = Math.imul(a ^ b, FNV_PRIME);
  h = Math.imul(h ^ c, FNV_PRIME);
  h = Math.imul(h ^ d, FNV_PRIME);
  return Math.imul(h ^ (to - from), FNV_PRIME) >>> 0;
}

export const pad = (n: number, to: number): number => Math.ceil(n / to) * to;

export type SectionArray = Float64Array | Int32Array | Uint16Array | Uint8Array;
export type Kind = 'f64' | 'i32' | 'u16' | 'u8';
export const KIND_OF = (a: SectionArray): Kind =>
  a instanceof Float64Array
    ? 'f64'
    : a instanceof Int32Array
      ? 'i32'
      : a instanceof Uint16Array
        ? 'u16'
        : 'u8';
export const SIZE: Record<Kind, number> = { f64: 8, i32: 4, u16: 2, u8: 1 };

export interface Directory<M> {
  meta?: M;
  /** Block checksums after the directory. */
  sums: number;
  /** Kind, byte offset from the first section, item count, index of its first block checksum. */
  sections: Record<string, [Kind, number, number, number]>;
}

export const blocksOf = (bytes: number): number => Math.ceil(pad(bytes, 8) / BLOCK_BYTES);
