/** Writing the binary container (binary.ts documents the layout): `data:build` and the tests. */
import {
  BLOCK_WORDS,
  FORMAT_VERSION,
  HEADER_BYTES,
  KIND_OF,
  MAGIC,
  PART_MAX_BYTES,
  blocksOf,
  checksum,
  pad,
  type Directory,
  type SectionArray,
} from './binary.ts';

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
