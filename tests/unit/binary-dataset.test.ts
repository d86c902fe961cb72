import { describe, expect, it } from 'vitest';
import { checksum, HEADER_BYTES } from '../../engine/data/binary.ts';
import { openParts, type PartBytes } from '../../engine/data/binary-read.ts';
import { encodeParts } from '../../engine/data/binary-write.ts';
import { decompress, compress } from '../../engine/data/lz.ts';
import { compileBinary, openDatasetParts } from '../../engine/data/dataset.ts';
import type { CompiledAliases, CompiledDataset } from '../../engine/types.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';
import { annotateText } from '../../engine/annotate.ts';

/** Two small part files, as data:build writes them (the second section is big enough for a part of its own). */
function sampleParts(): PartBytes[] {
  const big = new Uint8Array(2_900_000).map((_, i) => (i * 31) & 255);
  const files = encodeParts({ version: 'test' }, { small: Int32Array.from([1, 2, 3]), big });
  return files.map((bytes, i) => ({ name: `dataset-${i}.bin`, bytes }));
}

const copy = (parts: PartBytes[]): { name: string; bytes: Uint8Array }[] =>
  parts.map((p) => ({ name: p.name, bytes: new Uint8Array(p.bytes as Uint8Array) }));

/** Where a section's bytes lie in a part file (the layout engine/data/binary.ts documents). */
function sectionAt(bytes: Uint8Array, name: string): { start: number; end: number } {
  const pad8 = (n: number): number => Math.ceil(n / 8) * 8;
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const dirLength = dv.getUint32(HEADER_BYTES, true);
  const dir = JSON.parse(
    new TextDecoder().decode(bytes.subarray(HEADER_BYTES + 4, HEADER_BYTES + 4 + dirLength)),
  ) as { sums: number; sections: Record<string, [string, number, number, number]> };
  const base = pad8(HEADER_BYTES + pad8(4 + dirLength) + dir.sums * 4);
  const [kind, offset, count] = dir.sections[name]!;
  const size = { f64: 8, i32: 4, u16: 2, u8: 1 }[kind]!;
  return { start: base + offset, end: base + offset + count * size };
}

describe('binary dataset files', () => {
  it('round-trips sections across parts', () => {
    const parts = sampleParts();
    expect(parts.length).toBe(2);
    const c = openParts<{ version: string }>(parts);
    expect(c.meta.version).toBe('test');
    expect(Array.from(c.i32('small'))).toEqual([1, 2, 3]);
    expect(c.u8('big')[1000]).toBe((1000 * 31) & 255);
  });

  it('rejects a flipped byte with the file and the problem, where it is read', () => {
    const parts = copy(sampleParts());
    const bytes = parts[1]!.bytes;
    bytes[bytes.length - 5000]! ^= 0x40; // in the last blocks of section big
    // The index of every part is checked at open; a section's blocks when they are read.
    const c = openParts(parts);
    const big = c.checkedU8('big');
    expect(() => big.ensure(0, 1000)).not.toThrow();
    expect(big.array[999]).toBe((999 * 31) & 255);
    expect(() => big.ensure(big.array.length - 5000)).toThrow(
      'dataset file dataset-1.bin: checksum mismatch in section big: the file is corrupt',
    );
    // Read whole, or all checked at once: the same error, before any byte is used.
    expect(() => openParts(parts).u8('big')).toThrow(
      'dataset file dataset-1.bin: checksum mismatch in section big',
    );
    expect(() => openParts(parts).verifyAll()).toThrow('dataset file dataset-1.bin: checksum mismatch');
    // A damaged index (directory or block checksums) fails at open.
    for (const at of [HEADER_BYTES + 10, HEADER_BYTES + 200]) {
      const damaged = copy(sampleParts());
      damaged[1]!.bytes[at]! ^= 1;
      expect(() => openParts(damaged)).toThrow(
        'dataset file dataset-1.bin: checksum mismatch in its index: the file is corrupt',
      );
    }
    // Every block counts, the last and partial one too.
    const first = copy(sampleParts());
    first[0]!.bytes[first[0]!.bytes.length - 5]! ^= 1;
    expect(() => openParts(first).i32('small')).toThrow(
      'dataset file dataset-0.bin: checksum mismatch in section small',
    );
  });

  it('rejects a truncated file', () => {
    const parts = copy(sampleParts());
    parts[0] = { name: parts[0]!.name, bytes: parts[0]!.bytes.slice(0, parts[0]!.bytes.length - 8) };
    expect(() => openParts(parts)).toThrow(
      /dataset file dataset-0\.bin: truncated or padded: the header announces \d+ payload bytes/,
    );
    expect(() => openParts([{ name: 'dataset-0.bin', bytes: new Uint8Array(10) }])).toThrow(
      'dataset file dataset-0.bin: truncated: 10 bytes, shorter than the 24-byte header',
    );
  });

  it('rejects another format version, a bad magic, and a missing part', () => {
    const parts = copy(sampleParts());
    new DataView(parts[0]!.bytes.buffer).setUint32(4, 99, true);
    expect(() => openParts(parts)).toThrow(
      'dataset file dataset-0.bin: format version 99, but this build reads version 5',
    );
    const bad = copy(sampleParts());
    bad[1]!.bytes[0] = 0;
    expect(() => openParts(bad)).toThrow(
      'dataset file dataset-1.bin: bad magic: not a NewsContext dataset file',
    );
    expect(() => openParts(copy(sampleParts()).slice(1))).toThrow(
      'dataset file dataset-1.bin: is part 2 of 2, expected part 1 of 1',
    );
  });

  it('opens a compiled dataset from its parts, and refuses it corrupt', () => {
    const compiled: CompiledDataset = {
      version: 'test',
      asOf: '2026-01-01',
      entities: [
        {
          id: 'place/country-af',
          type: 'place',
          subtype: 'country',
          name: 'Afghanistan',
          prior: 0.5,
          geo: { lat: 34, lon: 66, cc: 'AF' },
        },
        {
          id: 'organization/taliban',
          type: 'armed-group',
          subtype: 'armed-group',
          name: 'Taliban',
          prior: 0.4,
          related: [{ id: 'place/country-af', relation: 'operates in' }],
        },
      ],
      places: [['city', 'Kabul', 0.3, 34.5, 69.2, 'AF', '13', '', 0, 1138958]],
      terms: [],
    };
    const aliases: CompiledAliases = {
      keys: ['afghanistan', 'taliban', 'kabul'],
      counts: [1, 1, 1],
      entity: [0, 1, 2],
      flags: [0, 0, 0],
      caseText: {},
      commonWords: ['the'],
    };
    const parts = compileBinary(compiled, aliases).map((bytes, i) => ({ name: `dataset-${i}.bin`, bytes }));
    const d = openDatasetParts(parts);
    expect(d.entities.length).toBe(3);
    expect(d.entities[2]!.id).toBe('place/geonames-1138958');
    expect(d.byId.get('organization/taliban')).toBe(1);
    expect(d.byId.get('organization/nobody')).toBeUndefined();
    expect(d.countryByCode.get('AF')).toBe(0);
    expect([...d.related[1]!]).toEqual([0]);
    expect([...d.relatedCountries[1]!]).toEqual(['AF']);
    expect(d.index.keys[1]).toBe('taliban');
    expect(d.commonWords.has('the')).toBe(true);
    // A damaged slot of the alias table: the scan that probes it stops with the file's name.
    const slots = sectionAt(parts[0]!.bytes, 'alias.slotHash');
    const damaged = copy(parts);
    for (let i = slots.start; i < slots.end; i++) damaged[0]!.bytes[i]! ^= 0x10;
    const opened = openDatasetParts(damaged);
    expect(() => annotateText(opened, 'The Taliban took Kabul.')).toThrow(
      'dataset file dataset-0.bin: checksum mismatch in section alias.slotHash: the file is corrupt',
    );
    const last = parts[parts.length - 1]!;
    last.bytes[last.bytes.length - 3]! ^= 1;
    expect(() => openDatasetParts(parts).verify?.()).toThrow(
      new RegExp(`^dataset file ${last.name}: checksum mismatch in section [\\w.]+: the file is corrupt$`),
    );
    expect(tinyDataset().entities.length).toBeGreaterThan(10);
  });

  it('checksums words and compresses records losslessly', () => {
    expect(checksum(Int32Array.from([1, 2, 3]))).not.toBe(checksum(Int32Array.from([1, 2, 4])));
    const dict = new TextEncoder().encode('{"id":"person/","type":"person","name":"');
    const text = new TextEncoder().encode(
      '{"id":"person/a","type":"person","name":"Ahmad Shah Massoud","aliases":["Massoud","Ahmad Shah Massoud"]}'.repeat(
        3,
      ),
    );
    const packed = compress(text, dict);
    expect(packed.length).toBeLessThan(text.length / 2);
    expect(new TextDecoder().decode(decompress(packed, 0, packed.length, dict, text.length))).toBe(
      new TextDecoder().decode(text),
    );
  });
});
