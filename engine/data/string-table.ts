/** Strings stored as one UTF-8 byte array and an offsets array (the alias keys), both ways. */

/** The table for `strings`: string i is bytes offsets[i] to offsets[i + 1]. */
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
