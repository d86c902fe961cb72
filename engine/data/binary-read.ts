/**
 * Reading the binary container (binary.ts documents the layout) in place: headers and
 * indexes checked at open, each block of a section before any byte of it is used.
 */
import {
  BLOCK_BYTES,
  BLOCK_WORDS,
  DataFileError,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
  SIZE,
  blocksOf,
  checksum,
  pad,
  type Directory,
  type Kind,
  type SectionArray,
} from './binary.ts';

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
