/**
 * The compiled dataset's binary container. `data:build` writes one payload (a small
 * JSON directory, then typed-array sections aligned to 8 bytes) cut into part files of
 * at most PART_MAX_BYTES, each with a 24-byte header:
 *
 *   magic "NCDB" · format version · part index · part count · payload bytes · checksum
 *
 * The checksum is FNV-1a over the part's payload taken as 32-bit words. The reader
 * checks every header field and checksum and throws a `DataFileError` naming the file
 * and the problem, so a corrupt, truncated or mismatched file never gives an answer.
 * Plain TypeScript: the background, the Node CLIs and the tests share it.
 */

/** "NCDB" as a little-endian u32. */
export const MAGIC = 0x4244434e;
/** Bump whenever the layout of a section changes; readers refuse any other version. */
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 24;
/** Well under what add-on store linters read; a multiple of 8 so sections stay aligned. */
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

/** FNV-1a over 32-bit little-endian words; `words` must be 4-aligned. */
export function checksum(words: Uint32Array): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, FNV_PRIME);
  return Math.imul(h ^ words.length, FNV_PRIME) >>> 0;
}

const pad = (n: number, to: number): number => Math.ceil(n / to) * to;

/** Cut a payload (length a multiple of 8) into part files with their headers. */
export function writeParts(payload: Uint8Array): Uint8Array[] {
  const count = Math.max(1, Math.ceil(payload.length / PART_MAX_BYTES));
  const out: Uint8Array[] = [];
  for (let p = 0; p < count; p++) {
    const chunk = payload.subarray(p * PART_MAX_BYTES, Math.min(payload.length, (p + 1) * PART_MAX_BYTES));
    const file = new Uint8Array(HEADER_BYTES + chunk.length);
    file.set(chunk, HEADER_BYTES);
    const header = new Uint32Array(file.buffer, 0, HEADER_BYTES / 4);
    header[0] = MAGIC;
    header[1] = FORMAT_VERSION;
    header[2] = p;
    header[3] = count;
    header[4] = chunk.length;
    header[5] = checksum(new Uint32Array(file.buffer, HEADER_BYTES, chunk.length / 4));
    out.push(file);
  }
  return out;
}

export interface PartBytes {
  /** For messages: the file's name. */
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** Check every part and join their payloads into one buffer (views into it are aligned). */
export function readParts(parts: readonly PartBytes[]): ArrayBuffer {
  if (parts.length === 0) throw new DataFileError('(none)', 'no part files');
  const views = parts.map(({ name, bytes }) => {
    const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (u8.length < HEADER_BYTES) {
      throw new DataFileError(
        name,
        `truncated: ${u8.length} bytes, shorter than the ${HEADER_BYTES}-byte header`,
      );
    }
    const dv = new DataView(u8.buffer, u8.byteOffset, HEADER_BYTES);
    const field = (i: number): number => dv.getUint32(i * 4, true);
    return {
      name,
      u8,
      magic: field(0),
      version: field(1),
      part: field(2),
      count: field(3),
      length: field(4),
      sum: field(5),
    };
  });
  let total = 0;
  views.forEach((v, i) => {
    if (v.magic !== MAGIC) throw new DataFileError(v.name, 'bad magic: not a NewsContext dataset file');
    if (v.version !== FORMAT_VERSION) {
      throw new DataFileError(
        v.name,
        `format version ${v.version}, but this build reads version ${FORMAT_VERSION} (rebuild with npm run data:build)`,
      );
    }
    if (v.part !== i || v.count !== parts.length) {
      throw new DataFileError(
        v.name,
        `is part ${v.part + 1} of ${v.count}, expected part ${i + 1} of ${parts.length}`,
      );
    }
    if (v.length % 4 !== 0 || v.u8.length !== HEADER_BYTES + v.length) {
      throw new DataFileError(
        v.name,
        `truncated or padded: the header announces ${v.length} payload bytes, the file holds ${v.u8.length - HEADER_BYTES}`,
      );
    }
    total += v.length;
  });
  const buffer = new ArrayBuffer(pad(total, 8));
  const all = new Uint8Array(buffer);
  let at = 0;
  for (const v of views) {
    all.set(v.u8.subarray(HEADER_BYTES), at);
    if (checksum(new Uint32Array(buffer, at, v.length / 4)) !== v.sum) {
      throw new DataFileError(v.name, 'checksum mismatch: the file is corrupt');
    }
    at += v.length;
  }
  return buffer;
}

export type SectionArray = Int32Array | Uint32Array | Uint16Array | Uint8Array;
type Kind = 'i32' | 'u32' | 'u16' | 'u8';
const KIND_OF = (a: SectionArray): Kind =>
  a instanceof Int32Array
    ? 'i32'
    : a instanceof Uint32Array
      ? 'u32'
      : a instanceof Uint16Array
        ? 'u16'
        : 'u8';

interface Directory<M> {
  meta: M;
  sections: Record<string, [Kind, number, number]>;
}

/**
 * One payload: a u32 length, the JSON directory (meta and section table), then the
 * sections, each at a multiple of 8 bytes.
 */
export function encodeContainer<M>(meta: M, sections: Record<string, SectionArray>): Uint8Array {
  const table: Directory<M>['sections'] = {};
  let at = 0;
  for (const [name, a] of Object.entries(sections)) {
    table[name] = [KIND_OF(a), at, a.length];
    at = pad(at + a.byteLength, 8);
  }
  const dir = new TextEncoder().encode(JSON.stringify({ meta, sections: table }));
  const base = pad(4 + dir.length, 8);
  const out = new Uint8Array(base + at);
  new DataView(out.buffer).setUint32(0, dir.length, true);
  out.set(dir, 4);
  for (const [name, a] of Object.entries(sections)) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + table[name]![1]);
  }
  return out;
}

export interface Container<M> {
  meta: M;
  i32(name: string): Int32Array;
  u32(name: string): Uint32Array;
  u16(name: string): Uint16Array;
  u8(name: string): Uint8Array;
}

/** Views over a joined payload: nothing is copied. `source` names the files in errors. */
export function openContainer<M>(buffer: ArrayBuffer, source: string): Container<M> {
  const fail = (problem: string): never => {
    throw new DataFileError(source, problem);
  };
  if (buffer.byteLength < 4) fail('empty payload');
  const dirLength = new DataView(buffer).getUint32(0, true);
  if (4 + dirLength > buffer.byteLength) fail('truncated directory');
  let dir: Directory<M>;
  try {
    dir = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, dirLength))) as Directory<M>;
  } catch {
    return fail('unreadable directory');
  }
  const base = pad(4 + dirLength, 8);
  const view = <T>(name: string, kind: Kind, make: (off: number, len: number) => T): T => {
    const s = dir.sections[name];
    if (!s) return fail(`missing section ${name}`);
    if (s[0] !== kind) return fail(`section ${name} is ${s[0]}, expected ${kind}`);
    const size = { i32: 4, u32: 4, u16: 2, u8: 1 }[kind];
    if (base + s[1] + s[2] * size > buffer.byteLength) return fail(`section ${name} runs past the end`);
    return make(base + s[1], s[2]);
  };
  return {
    meta: dir.meta,
    i32: (n) => view(n, 'i32', (o, l) => new Int32Array(buffer, o, l)),
    u32: (n) => view(n, 'u32', (o, l) => new Uint32Array(buffer, o, l)),
    u16: (n) => view(n, 'u16', (o, l) => new Uint16Array(buffer, o, l)),
    u8: (n) => view(n, 'u8', (o, l) => new Uint8Array(buffer, o, l)),
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
