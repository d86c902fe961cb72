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
 */

/** "NCDB" as a little-endian u32. */
export const MAGIC = 0x4244434e;
/** Bump whenever the layout of a section changes; readers refuse any other version. */
export const FORMAT_VERSION = 4;
/** A checksum per this many bytes of a section. */
export const BLOCK_BYTES = 1024;
const BLOCK_WORDS = BLOCK_BYTES / 4;
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

const pad = (n: number, to: number): number => Math.ceil(n / to) * to;

export type SectionArray = Float64Array | Int32Array | Uint16Array | Uint8Array;
type Kind = 'f64' | 'i32' | 'u16' | 'u8';
const KIND_OF = (a: SectionArray): Kind =>
  a instanceof Float64Array
    ? 'f64'
    : a instanceof Int32Array
      ? 'i32'
      : a instanceof Uint16Array
        ? 'u16'
        : 'u8';
const SIZE: Record<Kind, number> = { f64: 8, i32: 4, u16: 2, u8: 1 };

interface Directory<M> {
  meta?: M;
  /** Block checksums after the directory. */
  sums: number;
  /** Kind, byte offset from the first section, item count, index of its first block checksum. */
  sections: Record<string, [Kind, number, number, number]>;
}

const blocksOf = (bytes: number): number => Math.ceil(pad(bytes, 8) / BLOCK_BYTES);

/** One part file: header, index (directory and block checksums), sections. */
function encodePart<M>(
  part: number,
  count: number,
  meta: M | undefined,
  sections: [string, SectionArray][],
): Uint8Array {
  const table: Directory<M>['sections'] = {};
  let at = 0;
  let sums = 0;
  for (const [name, a] of sections) {
    table[name] = [KIND_OF(a), at, a.length, sums];
    at = pad(at + a.byteLength, 8);
    sums += blocksOf(a.byteLength);
  }
  const dir = new TextEncoder().encode(
    JSON.stringify(meta === undefined ? { sums, sections: table } : { meta, sums, sections: table }),
  );
  const sumsAt = pad(4 + dir.length, 8);
  const base = pad(sumsAt + sums * 4, 8);
  const payload = base + at;
  const file = new Uint8Array(HEADER_BYTES + payload);
  const header = new DataView(file.buffer);
  header.setUint32(HEADER_BYTES, dir.length, true);
  file.set(dir, HEADER_BYTES + 4);
  const words = new Int32Array(file.buffer);
  const sumTable = new Int32Array(file.buffer, HEADER_BYTES + sumsAt, sums);
  for (const [name, a] of sections) {
    const [, offset, , first] = table[name]!;
    const start = HEADER_BYTES + base + offset;
    file.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start);
    const end = (start + pad(a.byteLength, 8)) / 4;
    for (let k = 0, w = start / 4; w < end; k++, w += BLOCK_WORDS)
      sumTable[first + k] = checksum(words, w, Math.min(end, w + BLOCK_WORDS));
  }
  [MAGIC, FORMAT_VERSION, part, count, payload].forEach((v, i) => header.setUint32(i * 4, v, true));
  header.setUint32(20, checksum(words, HEADER_BYTES / 4, (HEADER_BYTES + base) / 4), true);
  return file;
}

/**
 * The part files for a set of sections: sections are packed in order, a new part opening
 * when the next would pass PART_MAX_BYTES (a section larger than that gets a part of its
 * own; callers cut big data into several sections). `meta` goes in part 0.
 */
export function encodeParts<M>(meta: M, sections: Record<string, SectionArray>): Uint8Array[] {
  const groups: [string, SectionArray][][] = [[]];
  let size = 0;
  for (const entry of Object.entries(sections)) {
    const bytes = pad(entry[1].byteLength, 8) + blocksOf(entry[1].byteLength) * 4 + 64;
    if (size + bytes > PART_MAX_BYTES && groups[groups.length - 1]!.length) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(entry);
    size += bytes;
  }
  return groups.map((g, i) => encodePart(i, groups.length, i === 0 ? meta : undefined, g));
}

export interface PartBytes {
  /** For messages: the file's name. */
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** A section read a few items at a time: each block is checked the first time an item in it is. */
export interface Checked<T extends SectionArray> {
  readonly array: T;
  /** Check the blocks that hold items `from` to `to` (exclusive; one item by default) before reading them. */
  ensure(from: number, to?: number): void;
}

/** One check for two sections read at the same items (a hash table's hashes and values). */
export function checkTogether(
  a: Checked<SectionArray>,
  b: Checked<SectionArray>,
): (from: number, to?: number) => void {
  return (from, to) => {
    a.ensure(from, to);
    b.ensure(from, to);
  };
}

export interface Container<M> {
  meta: M;
  /** A whole section, checked whole the first time it is asked for. */
  f64(name: string): Float64Array;
  i32(name: string): Int32Array;
  u16(name: string): Uint16Array;
  u8(name: string): Uint8Array;
  /** A section checked block by block as it is read. */
  checkedI32(name: string): Checked<Int32Array>;
  checkedU8(name: string): Checked<Uint8Array>;
  has(name: string): boolean;
  /** Check every block of every part now (data:build, the tests, and a host once it is idle). */
  verifyAll(): void;
}

interface Section {
  name: string;
  part: number;
  kind: Kind;
  /** Byte offset in the part's bytes. */
  at: number;
  count: number;
  first: number;
  ok: Uint8Array;
  whole: boolean;
}

interface Part {
  name: string;
  u8: Uint8Array;
  words: Int32Array;
  sums: Int32Array;
}

function readPart<M>(
  { name, bytes }: PartBytes,
  index: number,
  count: number,
): { part: Part; dir: Directory<M>; base: number } {
  const fail = (problem: string): never => {
    throw new DataFileError(name, problem);
  };
  let u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < HEADER_BYTES + 4)
    fail(`truncated: ${u8.length} bytes, shorter than the ${HEADER_BYTES}-byte header`);
  if (u8.byteOffset % 8 !== 0) u8 = u8.slice(); // views need aligned offsets
  const dv = new DataView(u8.buffer, u8.byteOffset, u8.length);
  const field = (i: number): number => dv.getUint32(i * 4, true);
  if (field(0) !== MAGIC) fail('bad magic: not a NewsContext dataset file');
  if (field(1) !== FORMAT_VERSION) {
    fail(
      `format version ${field(1)}, but this build reads version ${FORMAT_VERSION} (rebuild with npm run data:build)`,
    );
  }
  if (field(2) !== index || field(3) !== count) {
    fail(`is part ${field(2) + 1} of ${field(3)}, expected part ${index + 1} of ${count}`);
  }
  const length = field(4);
  if (length % 8 !== 0 || u8.length !== HEADER_BYTES + length) {
    fail(
      `truncated or padded: the header announces ${length} payload bytes, the file holds ${u8.length - HEADER_BYTES}`,
    );
  }
  const words = new Int32Array(u8.buffer, u8.byteOffset, u8.length / 4);
  const dirLength = dv.getUint32(HEADER_BYTES, true);
  if (4 + dirLength > length) fail('truncated directory');
  const corrupt = 'checksum mismatch in its index: the file is corrupt';
  let dir: Directory<M>;
  try {
    dir = JSON.parse(
      new TextDecoder().decode(u8.subarray(HEADER_BYTES + 4, HEADER_BYTES + 4 + dirLength)),
    ) as Directory<M>;
  } catch {
    return fail(corrupt); // a damaged directory is a damaged file: the index checksum cannot hold
  }
  const sumsAt = HEADER_BYTES + pad(4 + dirLength, 8);
  const base = pad(sumsAt + (dir.sums | 0) * 4, 8);
  if (base > u8.length) fail('truncated index');
  if (checksum(words, HEADER_BYTES / 4, base / 4) !== field(5)) fail(corrupt);
  const sums = new Int32Array(u8.buffer, u8.byteOffset + sumsAt, dir.sums);
  return { part: { name, u8, words, sums }, dir, base };
}

/**
 * Check every part's header and index now, and each block of a section the first time
 * it is read (the whole section for `u8()` and the like, the items asked for through
 * `checked…()`): nothing is read before its checksum holds, and a start pays for what it
 * reads, not for records and table slots no page has asked for. Views are made in place.
 */
export function openParts<M>(files: readonly PartBytes[]): Container<M> {
  if (files.length === 0) throw new DataFileError('(none)', 'no part files');
  const sections = new Map<string, Section>();
  const parts: Part[] = [];
  let meta: M | undefined;
  files.forEach((file, index) => {
    const { part, dir, base } = readPart<M>(file, index, files.length);
    if (index === 0) meta = dir.meta;
    parts.push(part);
    for (const [section, [kind, offset, count, first]] of Object.entries(dir.sections)) {
      const at = base + offset;
      const blocks = blocksOf(count * SIZE[kind]);
      if (offset % 8 !== 0 || at + count * SIZE[kind] > part.u8.length || first + blocks > part.sums.length)
        throw new DataFileError(part.name, `section ${section} runs past the end`);
      sections.set(section, {
        name: section,
        part: index,
        kind,
        at,
        count,
        first,
        ok: new Uint8Array(blocks),
        whole: false,
      });
    }
  });
  const source = files.map((p) => p.name).join(', ');
  if (meta === undefined) throw new DataFileError(files[0]!.name, 'no dataset description in the first part');

  const verify = (s: Section, k: number): void => {
    const p = parts[s.part]!;
    const from = s.at / 4 + k * BLOCK_WORDS;
    const to = Math.min(from + BLOCK_WORDS, (s.at + pad(s.count * SIZE[s.kind], 8)) / 4);
    if (checksum(p.words, from, to) !== p.sums[s.first + k]! >>> 0)
      throw new DataFileError(p.name, `checksum mismatch in section ${s.name}: the file is corrupt`);
    s.ok[k] = 1;
  };
  const verifyWhole = (s: Section): void => {
    if (s.whole) return;
    for (let k = 0; k < s.ok.length; k++) if (s.ok[k] === 0) verify(s, k);
    s.whole = true;
  };
  const section = (name: string, kind: Kind): Section => {
    const s = sections.get(name);
    if (!s || s.kind !== kind) throw new DataFileError(source, `missing section ${name}`);
    return s;
  };
  const view = (s: Section): SectionArray => {
    const { u8 } = parts[s.part]!;
    const at = u8.byteOffset + s.at;
    return s.kind === 'f64'
      ? new Float64Array(u8.buffer, at, s.count)
      : s.kind === 'i32'
        ? new Int32Array(u8.buffer, at, s.count)
        : s.kind === 'u16'
          ? new Uint16Array(u8.buffer, at, s.count)
          : new Uint8Array(u8.buffer, at, s.count);
  };
  const views = new Map<string, SectionArray>();
  const whole = <T extends SectionArray>(name: string, kind: Kind): T => {
    let v = views.get(name);
    if (!v) {
      const s = section(name, kind);
      verifyWhole(s);
      v = view(s);
      views.set(name, v);
    }
    return v as T;
  };
  const checked = <T extends SectionArray>(name: string, kind: Kind): Checked<T> => {
    const s = section(name, kind);
    const shift = Math.log2(BLOCK_BYTES / SIZE[kind]);
    const { ok } = s;
    return {
      array: view(s) as T,
      ensure(from: number, to = from + 1): void {
        if (to <= from) return;
        const last = (to - 1) >>> shift;
        for (let k = from >>> shift; k <= last; k++) if (ok[k] === 0) verify(s, k);
      },
    };
  };
  return {
    meta,
    f64: (n) => whole(n, 'f64'),
    i32: (n) => whole(n, 'i32'),
    u16: (n) => whole(n, 'u16'),
    u8: (n) => whole(n, 'u8'),
    checkedI32: (n) => checked(n, 'i32'),
    checkedU8: (n) => checked(n, 'u8'),
    has: (n) => sections.has(n),
    verifyAll: () => sections.forEach(verifyWhole),
  };
}

/** A string table: UTF-8 bytes and offsets. */
export function encodeStrings(strings: readonly string[]): { bytes: Uint8Array; offsets: Int32Array } {
  const enc = new TextEncoder();
  const parts = strings.map((s) => enc.encode(s));
  const offsets = new Int32Array(strings.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
  const bytes = new Uint8Array(offsets[strings.length]!);
  parts.forEach((p, i) => bytes.set(p, offsets[i]!));
  return { bytes, offsets };
}

const decoder = new TextDecoder();

/** UTF-8 bytes to a string; plain ASCII (most keys) without the decoder's fixed cost. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(bytes.subarray(start, end));
}

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
