/**
 * The compiled dataset's binary container. `data:build` writes it as part files of at
 * most PART_MAX_BYTES, each self-contained so it is used in place, straight from
 * `fetch(...).arrayBuffer()`, with nothing copied or joined:
 *
 *   header (24 bytes): magic "NCDB" · format version · part index · part count ·
 *                      payload bytes · checksum
 *   payload:           u32 directory length · directory (JSON: the part's section table,
 *                      and in part 0 the dataset's meta) · sections (typed arrays, each at
 *                      a multiple of 8 bytes)
 *
 * The checksum is FNV-1a over the payload read as 32-bit words, in four interleaved
 * lanes folded together at the end. The reader checks every header field and checksum
 * and throws a `DataFileError` naming the file and the problem, so a corrupt, truncated
 * or mismatched file never gives an answer. Plain TypeScript: the background, the Node
 * CLIs and the tests share it.
 */

/** "NCDB" as a little-endian u32. */
export const MAGIC = 0x4244434e;
/** Bump whenever the layout of a section changes; readers refuse any other version. */
export const FORMAT_VERSION = 2;
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

/** FNV-1a over 32-bit words in four lanes, folded; `words` is the payload. */
export function checksum(w: Int32Array): number {
  let a = FNV_OFFSET;
  let b = a ^ 1;
  let c = a ^ 2;
  let d = a ^ 3;
  const n = w.length & ~3;
  let i = 0;
  for (; i < n; i += 4) {
    a = Math.imul(a ^ w[i]!, FNV_PRIME);
    b = Math.imul(b ^ w[i + 1]!, FNV_PRIME);
    c = Math.imul(c ^ w[i + 2]!, FNV_PRIME);
    d = Math.imul(d ^ w[i + 3]!, FNV_PRIME);
  }
  for (; i < w.length; i++) a = Math.imul(a ^ w[i]!, FNV_PRIME);
  let h = Math.imul(a ^ b, FNV_PRIME);
  h = Math.imul(h ^ c, FNV_PRIME);
  h = Math.imul(h ^ d, FNV_PRIME);
  return Math.imul(h ^ w.length, FNV_PRIME) >>> 0;
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
  sections: Record<string, [Kind, number, number]>;
}

/** One part file: header, directory, sections. */
function encodePart<M>(
  part: number,
  count: number,
  meta: M | undefined,
  sections: [string, SectionArray][],
): Uint8Array {
  const table: Directory<M>['sections'] = {};
  let at = 0;
  for (const [name, a] of sections) {
    table[name] = [KIND_OF(a), at, a.length];
    at = pad(at + a.byteLength, 8);
  }
  const dir = new TextEncoder().encode(
    JSON.stringify(meta === undefined ? { sections: table } : { meta, sections: table }),
  );
  const base = pad(4 + dir.length, 8);
  const payload = base + at;
  const file = new Uint8Array(HEADER_BYTES + payload);
  const header = new DataView(file.buffer);
  header.setUint32(HEADER_BYTES, dir.length, true);
  file.set(dir, HEADER_BYTES + 4);
  for (const [name, a] of sections) {
    file.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), HEADER_BYTES + base + table[name]![1]);
  }
  [MAGIC, FORMAT_VERSION, part, count, payload].forEach((v, i) => header.setUint32(i * 4, v, true));
  header.setUint32(20, checksum(new Int32Array(file.buffer, HEADER_BYTES, payload / 4)), true);
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
    const bytes = pad(entry[1].byteLength, 8) + 64;
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

export interface Container<M> {
  meta: M;
  f64(name: string): Float64Array;
  i32(name: string): Int32Array;
  u16(name: string): Uint16Array;
  u8(name: string): Uint8Array;
  has(name: string): boolean;
  /** Check every part's checksum now (data:build and the tests). */
  verifyAll(): void;
}

/**
 * Check every part's header now, and each part's checksum the first time one of its
 * sections is read: nothing is read from a part before its checksum holds, and a start
 * pays only for the parts it reads (the alias index, the records a page touches), so it
 * does not grow with records no page has asked for. Views are made in place.
 */
export function openParts<M>(parts: readonly PartBytes[]): Container<M> {
  if (parts.length === 0) throw new DataFileError('(none)', 'no part files');
  const sections = new Map<string, { part: number; kind: Kind; at: number; count: number }>();
  const checks: (() => void)[] = [];
  const buffers: ArrayBufferLike[] = [];
  let meta: M | undefined;
  parts.forEach(({ name, bytes }, index) => {
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
    if (field(2) !== index || field(3) !== parts.length) {
      fail(`is part ${field(2) + 1} of ${field(3)}, expected part ${index + 1} of ${parts.length}`);
    }
    const length = field(4);
    if (length % 8 !== 0 || u8.length !== HEADER_BYTES + length) {
      fail(
        `truncated or padded: the header announces ${length} payload bytes, the file holds ${u8.length - HEADER_BYTES}`,
      );
    }
    const start = u8.byteOffset + HEADER_BYTES;
    const sum = field(5);
    let checked = false;
    const check = (): void => {
      if (checked) return;
      if (checksum(new Int32Array(u8.buffer, start, length / 4)) !== sum)
        fail('checksum mismatch: the file is corrupt');
      checked = true;
    };
    checks.push(check);
    buffers.push(u8.buffer);
    const dirLength = dv.getUint32(HEADER_BYTES, true);
    if (4 + dirLength > length) fail('truncated directory');
    let dir: Directory<M>;
    try {
      dir = JSON.parse(
        new TextDecoder().decode(u8.subarray(HEADER_BYTES + 4, HEADER_BYTES + 4 + dirLength)),
      ) as Directory<M>;
    } catch {
      check(); // a damaged directory is most likely a damaged file: say so
      return fail('unreadable directory');
    }
    if (index === 0) {
      check(); // the description everything else is read by
      meta = dir.meta;
    }
    const base = start + pad(4 + dirLength, 8);
    for (const [section, [kind, offset, count]] of Object.entries(dir.sections)) {
      if (offset % 8 !== 0 || base + offset + count * SIZE[kind] > start + length)
        fail(`section ${section} runs past the end`);
      sections.set(section, { part: index, kind, at: base + offset, count });
    }
  });
  const source = parts.map((p) => p.name).join(', ');
  if (meta === undefined) throw new DataFileError(parts[0]!.name, 'no dataset description in the first part');
  const views = new Map<string, SectionArray>();
  const get = <T extends SectionArray>(name: string, kind: Kind): T => {
    let v = views.get(name);
    if (!v) {
      const s = sections.get(name);
      if (!s || s.kind !== kind) throw new DataFileError(source, `missing section ${name}`);
      checks[s.part]!();
      const buffer = buffers[s.part]!;
      v =
        kind === 'f64'
          ? new Float64Array(buffer, s.at, s.count)
          : kind === 'i32'
            ? new Int32Array(buffer, s.at, s.count)
            : kind === 'u16'
              ? new Uint16Array(buffer, s.at, s.count)
              : new Uint8Array(buffer, s.at, s.count);
      views.set(name, v);
    }
    return v as T;
  };
  return {
    meta,
    f64: (n) => get(n, 'f64'),
    i32: (n) => get(n, 'i32'),
    u16: (n) => get(n, 'u16'),
    u8: (n) => get(n, 'u8'),
    has: (n) => sections.has(n),
    verifyAll: () => checks.forEach((c) => c()),
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
