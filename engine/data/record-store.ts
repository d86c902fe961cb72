/**
 * Records (JSON texts) stored compressed in blocks of 16 against a shared dictionary
 * (engine/data/lz.ts), and read back one at a time: a card decodes its entity's block
 * only, and the last few blocks are kept for the cards that follow.
 */
import type { SectionArray } from './binary.ts';
import type { Checked, Container } from './binary-read.ts';
import { decodeUtf8 } from './string-table.ts';
import { compress, decompress } from './lz.ts';

const BLOCK_SHIFT = 4;
const BLOCK = 1 << BLOCK_SHIFT;
const DICT_BYTES = 32_768;

/** Compressed record data is cut into sections of at most this, at block boundaries. */
const DATA_CHUNK_BYTES = 2_000_000;

/** A record store's sections under `prefix`: offsets, block offsets, dictionary, data chunks. */
export function encodeRecords(prefix: string, texts: readonly string[]): Record<string, SectionArray> {
  const enc = new TextEncoder();
  const raw = texts.map((t) => enc.encode(t));
  const offsets = new Int32Array(raw.length + 1);
  raw.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.length));
  // The dictionary: records sampled across the whole set, the last DICT_BYTES of them.
  const sample: Uint8Array[] = [];
  let sampled = 0;
  const step = Math.max(1, Math.floor(raw.length / 400));
  for (let i = 0; i < raw.length && sampled < DICT_BYTES * 2; i += step) {
    sample.push(raw[i]!);
    sampled += raw[i]!.length;
  }
  const joined = new Uint8Array(sampled);
  let at = 0;
  for (const s of sample) {
    joined.set(s, at);
    at += s.length;
  }
  const dict = joined.slice(Math.max(0, joined.length - DICT_BYTES));
  const nBlocks = Math.ceil(raw.length / BLOCK);
  const blocks = new Int32Array(nBlocks + 1);
  const packed: Uint8Array[] = [];
  for (let b = 0; b < nBlocks; b++) {
    const from = b * BLOCK;
    const to = Math.min(raw.length, from + BLOCK);
    const plain = new Uint8Array(offsets[to]! - offsets[from]!);
    for (let i = from; i < to; i++) plain.set(raw[i]!, offsets[i]! - offsets[from]!);
    packed.push(compress(plain, dict));
    blocks[b + 1] = blocks[b]! + packed[b]!.length;
  }
  // Chunks of whole blocks; `chunks` holds each chunk's first block.
  const firsts: number[] = [];
  const out: Record<string, SectionArray> = {};
  for (let b = 0; b < nBlocks;) {
    const first = b;
    while (b < nBlocks && (b === first || blocks[b + 1]! - blocks[first]! <= DATA_CHUNK_BYTES)) b++;
    const data = new Uint8Array(blocks[b]! - blocks[first]!);
    for (let k = first; k < b; k++) data.set(packed[k]!, blocks[k]! - blocks[first]!);
    out[`${prefix}.data.${firsts.length}`] = data;
    firsts.push(first);
  }
  firsts.push(nBlocks);
  return {
    [`${prefix}.offsets`]: offsets,
    [`${prefix}.blocks`]: blocks,
    [`${prefix}.chunks`]: Int32Array.from(firsts),
    [`${prefix}.dict`]: dict,
    ...out,
  };
}

/** Blocks of records, decompressed on demand; the last few blocks are kept. */
export class RecordStore {
  private readonly recent: { block: number; raw: Uint8Array }[] = [];
  private readonly offsets: Int32Array;
  private readonly blocks: Int32Array;
  private readonly chunks: Int32Array;
  private readonly dict: Uint8Array;
  /** Data chunks, each block's bytes checked when a record in it is first asked for. */
  private readonly data: Checked<Uint8Array>[] = [];
  constructor(
    private readonly c: Container<unknown>,
    private readonly prefix: string,
  ) {
    this.offsets = c.i32(`${prefix}.offsets`);
    this.blocks = c.i32(`${prefix}.blocks`);
    this.chunks = c.i32(`${prefix}.chunks`);
    this.dict = c.u8(`${prefix}.dict`);
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  private block(b: number): Uint8Array {
    for (const r of this.recent) if (r.block === b) return r.raw;
    let k = 0;
    while (this.chunks[k + 1]! <= b) k++;
    const chunkStart = this.blocks[this.chunks[k]!]!;
    const base = this.offsets[b << BLOCK_SHIFT]!;
    const end = this.offsets[Math.min(this.length, (b + 1) << BLOCK_SHIFT)]!;
    const data = (this.data[k] ??= this.c.checkedU8(`${this.prefix}.data.${k}`));
    const from = this.blocks[b]! - chunkStart;
    const to = this.blocks[b + 1]! - chunkStart;
    data.ensure(from, to);
    const raw = decompress(data.array, from, to, this.dict, end - base);
    this.recent.unshift({ block: b, raw });
    if (this.recent.length > 8) this.recent.pop();
    return raw;
  }

  text(i: number): string {
    const b = i >>> BLOCK_SHIFT;
    const base = this.offsets[b << BLOCK_SHIFT]!;
    return decodeUtf8(this.block(b), this.offsets[i]! - base, this.offsets[i + 1]! - base);
  }
}
