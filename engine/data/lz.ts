/**
 * A small LZ77 codec in the LZ4 block layout, for the entity records: each block of a
 * few records is compressed on its own against a shared dictionary (a sample of the
 * records), so one card decodes one small block. Synchronous, so a record is ready on
 * the line that asks for it.
 *
 * Sequence: token (literal length << 4 | match length − 4), extra length bytes (255 …),
 * the literals, a 2-byte little-endian offset, extra match length bytes. The last
 * sequence has literals only.
 */
const MIN_MATCH = 4;
const MAX_OFFSET = 65_535;
const HASH_BITS = 15;

const hash4 = (b: Uint8Array, p: number): number =>
  Math.imul(b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24), 2654435761) >>>
  (32 - HASH_BITS);

function pushLength(out: number[], n: number): void {
  while (n >= 255) {
    out.push(255);
    n -= 255;
  }
  out.push(n);
}

/** Compress `input` with `dict` as the window's preceding bytes. */
export function compress(input: Uint8Array, dict: Uint8Array): Uint8Array {
  const buf = new Uint8Array(dict.length + input.length);
  buf.set(dict);
  buf.set(input, dict.length);
  const n = buf.length;
  const table = new Int32Array(1 << HASH_BITS).fill(-1);
  for (let p = Math.max(0, dict.length - MAX_OFFSET); p + MIN_MATCH <= dict.length; p++)
    table[hash4(buf, p)] = p;
  const out: number[] = [];
  let anchor = dict.length;
  let p = dict.length;
  const emit = (litEnd: number, matchLen: number, offset: number): void => {
    const lit = litEnd - anchor;
    const ml = matchLen - MIN_MATCH;
    out.push((Math.min(lit, 15) << 4) | (matchLen ? Math.min(ml, 15) : 0));
    if (lit >= 15) pushLength(out, lit - 15);
    for (let i = anchor; i < litEnd; i++) out.push(buf[i]!);
    if (!matchLen) return;
    out.push(offset & 255, offset >>> 8);
    if (ml >= 15) pushLength(out, ml - 15);
  };
  while (p + MIN_MATCH <= n) {
    const h = hash4(buf, p);
    const cand = table[h]!;
    table[h] = p;
    if (
      cand >= 0 &&
      p - cand <= MAX_OFFSET &&
      buf[cand] === buf[p] &&
      buf[cand + 1] === buf[p + 1] &&
      buf[cand + 2] === buf[p + 2] &&
      buf[cand + 3] === buf[p + 3]
    ) {
      let len = MIN_MATCH;
      while (p + len < n && buf[cand + len] === buf[p + len]) len++;
      emit(p, len, p - cand);
      for (let q = p + 1; q < p + len && q + MIN_MATCH <= n; q++) table[hash4(buf, q)] = q;
      p += len;
      anchor = p;
    } else p++;
  }
  emit(n, 0, 0);
  return Uint8Array.from(out);
}

/** Decompress `src[start, end)` into `rawLength` bytes, with the same dictionary. */
export function decompress(
  src: Uint8Array,
  start: number,
  end: number,
  dict: Uint8Array,
  rawLength: number,
): Uint8Array {
  const out = new Uint8Array(dict.length + rawLength);
  out.set(dict);
  let op = dict.length;
  let ip = start;
  for (;;) {
    const token = src[ip++]!;
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do lit += b = src[ip++]!;
      while (b === 255);
    }
    out.set(src.subarray(ip, ip + lit), op);
    op += lit;
    ip += lit;
    if (ip >= end) break;
    const offset = src[ip]! | (src[ip + 1]! << 8);
    ip += 2;
    let len = (token & 15) + MIN_MATCH;
    if ((token & 15) === 15) {
      let b: number;
      do len += b = src[ip++]!;
      while (b === 255);
    }
    let from = op - offset;
    if (offset >= len) {
      out.copyWithin(op, from, from + len);
      op += len;
    } else for (const stop = op + len; op < stop;) out[op++] = out[from++]!;
  }
  if (op !== out.length) throw new Error('compressed block does not decode to its length');
  return out.subarray(dict.length);
}
