/**
 * The compiled dataset as one binary payload (engine/data/binary.ts), written by
 * `data:build` and opened without a parse step:
 *
 * - the alias index exactly as the matcher probes it: the hash table (slot hashes and
 *   slot info), key entry offsets, entity and flag arrays, and the keys as a UTF-8
 *   string table;
 * - every entity record (curated entities as JSON, generated places as their compact
 *   rows) compressed in blocks of 16 against a shared dictionary (engine/data/lz.ts),
 *   decoded only when asked for;
 * - the look-ups the linker needs, precomputed: relations both ways and the countries
 *   of each actor's relations as offset/target arrays, and hash tables for ids,
 *   country codes and first-level divisions, which confirm a hit against the record.
 *
 * Opening makes views over the buffer and a few small maps (case texts, common words);
 * its cost does not grow with the number of entities.
 */
import { buildAliasIndex, mix, nonZero, FNV_OFFSET, type AliasIndex } from '../match/alias-index.ts';
import {
  decodeUtf8,
  encodeParts,
  encodeStrings,
  lazyArray,
  openParts,
  checkTogether,
  type Checked,
  type Container,
  type PartBytes,
  type SectionArray,
} from './binary.ts';
import { fromPlaceRow, toPlaceRow, type PlaceRow } from './compact-places.ts';
import { compress, decompress } from './lz.ts';
import type {
  CompiledAliases,
  CompiledDataset,
  CompiledEntity,
  CompiledTerm,
  ExpandedDataset,
} from '../types.ts';

/** What the payload's directory carries besides the section table. */
export interface DatasetMeta {
  version: string;
  asOf: string;
  /** Entity records; the first `curated` are objects, the rest compact place rows. */
  entities: number;
  curated: number;
  terms: number;
  keys: number;
  maxWords: number;
  caseText: Record<string, string>;
  commonWords: string[];
  /** Country codes the relatedCountries arrays index. */
  countryCodes: string[];
  countries: number;
  admin1: number;
}

/** The derived look-ups, as loadDataset computed them from the JSON. */
export interface Lookups {
  related: number[][];
  relatedCountries: string[][];
  countryByCode: Map<string, number>;
  admin1ByCode: Map<string, number>;
}

const BLOCK_SHIFT = 4;
const BLOCK = 1 << BLOCK_SHIFT;
const DICT_BYTES = 32_768;
/** The alias hash table's most load (a power of two at or under it): small enough to ship, misses still short. */
const ALIAS_MAX_LOAD = 0.7;

export const hashString = (s: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return nonZero(h);
};

// ---------------------------------------------------------------- writing

/** Compressed record data is cut into sections of at most this, at block boundaries. */
const DATA_CHUNK_BYTES = 2_000_000;

/** A record store's sections under `prefix`: offsets, block offsets, dictionary, data chunks. */
function encodeRecords(prefix: string, texts: readonly string[]): Record<string, SectionArray> {
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

function buildLookup(entries: ReadonlyMap<string, number>): { hashes: Int32Array; values: Int32Array } {
  const slots = 1 << Math.ceil(Math.log2(Math.max(8, entries.size * 1.25)));
  const mask = slots - 1;
  const hashes = new Int32Array(slots);
  const values = new Int32Array(slots);
  for (const [key, value] of entries) {
    const h = hashString(key);
    let slot = h & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = h;
    values[slot] = value;
  }
  return { hashes, values };
}

function csr(lists: readonly (readonly number[])[]): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const targets = new Int32Array(offsets[lists.length]!);
  lists.forEach((l, i) => targets.set(l, offsets[i]!));
  return { offsets, targets };
}

/** The payload for a compiled dataset and its aliases. */
export function encodeDataset(
  compiled: CompiledDataset,
  aliases: CompiledAliases,
  derive: (data: ExpandedDataset) => Lookups,
): Uint8Array[] {
  const entities = compiled.entities.concat(compiled.places.map(fromPlaceRow));
  const terms = compiled.terms ?? [];
  const data: ExpandedDataset = { version: compiled.version, asOf: compiled.asOf, entities, terms };
  const lookups = derive(data);
  const byId = new Map<string, number>();
  entities.forEach((e, i) => byId.set(e.id, i));

  const records = encodeRecords('entity', [
    ...compiled.entities.map((e) => JSON.stringify(e)),
    ...compiled.places.map((r) => JSON.stringify(r)),
  ]);
  const termRecords = encodeRecords(
    'term',
    terms.map((t) => JSON.stringify(t)),
  );
  const related = csr(lookups.related);
  const countryCodes = [...new Set(lookups.relatedCountries.flat())].sort();
  const codeIndex = new Map(countryCodes.map((c, i) => [c, i]));
  const rc = csr(lookups.relatedCountries.map((l) => l.map((c) => codeIndex.get(c)!)));
  const ids = buildLookup(byId);
  const countries = buildLookup(lookups.countryByCode);
  const admin1 = buildLookup(lookups.admin1ByCode);

  const index = buildAliasIndex(aliases, ALIAS_MAX_LOAD);
  const keys = encodeStrings(aliases.keys);

  const meta: DatasetMeta = {
    version: compiled.version,
    asOf: compiled.asOf,
    entities: entities.length,
    curated: compiled.entities.length,
    terms: terms.length,
    keys: aliases.keys.length,
    maxWords: index.maxWords,
    caseText: aliases.caseText,
    commonWords: aliases.commonWords,
    countryCodes,
    countries: lookups.countryByCode.size,
    admin1: lookups.admin1ByCode.size,
  };
  // The alias index first: it is what every page needs.
  return encodeParts(meta, {
    'alias.slotHash': index.slotHash,
    'alias.slotInfo': index.slotInfo,
    'alias.filter': index.filter,
    'alias.lowerFilter': index.lowerFilter,
    'alias.offsets': index.offsets,
    'alias.entity': index.entity,
    'alias.flags': index.flags,
    'alias.keyOffsets': keys.offsets,
    'alias.keyBytes': keys.bytes,
    'term.holder': Int32Array.from(terms, (t) => (t.holder ? (byId.get(t.holder) ?? -1) : -1)),
    'term.office': Int32Array.from(terms, (t) => byId.get(t.officeOf) ?? -1),
    'related.offsets': related.offsets,
    'related.targets': related.targets,
    'countries.offsets': rc.offsets,
    'countries.codes': Uint16Array.from(rc.targets),
    'ids.hashes': ids.hashes,
    'ids.values': ids.values,
    'country.hashes': countries.hashes,
    'country.values': countries.values,
    'admin1.hashes': admin1.hashes,
    'admin1.values': admin1.values,
    'entity.prior': Float64Array.from(entities, (e) => e.prior),
    ...records,
    ...termRecords,
  });
}

// ---------------------------------------------------------------- reading

/** Blocks of records, decompressed on demand; the last few blocks are kept. */
class RecordStore {
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

/** A string → index table that keeps only hashes, confirming a hit by the key its value gives. */
export class HashedLookup implements ReadonlyMap<string, number> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly slotValues: Int32Array;
  /** Before slots are read: their blocks in both arrays (engine/data/binary.ts). */
  private readonly check: (from: number, to?: number) => void;
  constructor(
    hashes: Checked<Int32Array>,
    values: Checked<Int32Array>,
    readonly size: number,
    private readonly keyOf: (value: number) => string | undefined,
  ) {
    this.hashes = hashes.array;
    this.slotValues = values.array;
    this.mask = this.hashes.length - 1;
    this.check = checkTogether(hashes, values);
  }
  get(key: string): number | undefined {
    const h = hashString(key);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      this.check(slot);
      const s = this.hashes[slot]!;
      if (s === 0) return undefined;
      if (s === h && this.keyOf(this.slotValues[slot]!) === key) return this.slotValues[slot]!;
    }
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  *entries(): MapIterator<[string, number]> {
    this.check(0, this.hashes.length);
    for (let slot = 0; slot < this.hashes.length; slot++) {
      if (this.hashes[slot] === 0) continue;
      const v = this.slotValues[slot]!;
      yield [this.keyOf(v)!, v];
    }
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** Term indices by the entity (holder or office) they point at, found by scanning a small array. */
class TermLookup implements ReadonlyMap<string, readonly number[]> {
  constructor(
    private readonly refs: Int32Array,
    private readonly byId: ReadonlyMap<string, number>,
    private readonly idOf: (entity: number) => string,
  ) {}
  private listOf(e: number): number[] {
    const out: number[] = [];
    for (let t = 0; t < this.refs.length; t++) if (this.refs[t] === e) out.push(t);
    return out;
  }
  get(id: string): readonly number[] | undefined {
    const e = this.byId.get(id);
    if (e === undefined) return undefined;
    const list = this.listOf(e);
    return list.length ? list : undefined;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  get size(): number {
    return new Set(Array.from(this.refs).filter((r) => r >= 0)).size;
  }
  *entries(): MapIterator<[string, readonly number[]]> {
    for (const e of new Set(Array.from(this.refs).filter((r) => r >= 0)))
      yield [this.idOf(e), this.listOf(e)];
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<readonly number[]> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, readonly number[]]> {
    return this.entries();
  }
  forEach(
    fn: (value: readonly number[], key: string, map: ReadonlyMap<string, readonly number[]>) => void,
  ): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** Decoded entities kept for reuse; bounded, so the heap does not grow page after page. */
const ENTITY_CACHE = 4096;
const NONE: readonly string[] = [];
const COUNTRY_ID_PREFIX = 'place/country-';

export interface OpenedDataset {
  meta: DatasetMeta;
  version: string;
  asOf: string;
  entities: readonly CompiledEntity[];
  terms: readonly CompiledTerm[];
  termsByHolder: ReadonlyMap<string, readonly number[]>;
  termsByOffice: ReadonlyMap<string, readonly number[]>;
  index: AliasIndex;
  byId: ReadonlyMap<string, number>;
  related: readonly (readonly number[])[];
  countryByCode: ReadonlyMap<string, number>;
  admin1ByCode: ReadonlyMap<string, number>;
  commonWords: ReadonlySet<string>;
  relatedCountries: readonly (readonly string[])[];
  /** Every entity's prior, without reading its record (the popup's search ranks by it). */
  priors: Float64Array;
  /** The record of one entity as stored (for a full decode without the cache). */
  entityAt(i: number): CompiledEntity;
  /** Check every byte of every part now; throws a DataFileError at the first bad block. */
  verify(): void;
}

/** The dataset from its part files: every header and checksum checked, then views over the bytes in place. */
export function openDataset(parts: readonly PartBytes[]): OpenedDataset {
  const c: Container<DatasetMeta> = openParts<DatasetMeta>(parts);
  const meta = c.meta;
  const records = new RecordStore(c, 'entity');
  const termStore = new RecordStore(c, 'term');
  const decodeEntity = (i: number): CompiledEntity => {
    const text = records.text(i);
    return i < meta.curated
      ? (JSON.parse(text) as CompiledEntity)
      : fromPlaceRow(JSON.parse(text) as PlaceRow);
  };
  const cache = new Map<number, CompiledEntity>();
  const entityAt = (i: number): CompiledEntity => {
    let e = cache.get(i);
    if (e) return e;
    if (cache.size >= ENTITY_CACHE) cache.clear();
    e = decodeEntity(i);
    cache.set(i, e);
    return e;
  };
  const entities = lazyArray(meta.entities, entityAt);
  const terms = lazyArray(meta.terms, (i) => JSON.parse(termStore.text(i)) as CompiledTerm);

  const relOffsets = c.i32('related.offsets');
  const relTargets = c.i32('related.targets');
  const ccOffsets = c.i32('countries.offsets');
  const ccCodes = c.u16('countries.codes');
  const byId = new HashedLookup(
    c.checkedI32('ids.hashes'),
    c.checkedI32('ids.values'),
    meta.entities,
    (v) => entityAt(v).id,
  );
  const countryByCode = new HashedLookup(
    c.checkedI32('country.hashes'),
    c.checkedI32('country.values'),
    meta.countries,
    (v) => {
      const id = entityAt(v).id;
      return id.startsWith(COUNTRY_ID_PREFIX) ? id.slice(COUNTRY_ID_PREFIX.length).toUpperCase() : undefined;
    },
  );
  const admin1ByCode = new HashedLookup(
    c.checkedI32('admin1.hashes'),
    c.checkedI32('admin1.values'),
    meta.admin1,
    (v) => {
      const g = entityAt(v).geo;
      return g ? `${g.cc}.${g.a1}` : undefined;
    },
  );

  // The index's big arrays are checked where they are read: a page reads a few thousand
  // slots and keys, so a start does not pay for the whole table (issue #14).
  const offsetsOf = c.checkedI32('alias.keyOffsets');
  const bytesOf = c.checkedU8('alias.keyBytes');
  const keyOffsets = offsetsOf.array;
  const keyBytes = bytesOf.array;
  const checkKey = (i: number): void => {
    offsetsOf.ensure(i, i + 2);
    bytesOf.ensure(keyOffsets[i]!, keyOffsets[i + 1]!);
  };
  const hashesOf = c.checkedI32('alias.slotHash');
  const infoOf = c.checkedI32('alias.slotInfo');
  const slotHash = hashesOf.array;
  const index: AliasIndex = {
    keys: lazyArray(meta.keys, (i) => {
      checkKey(i);
      return decodeUtf8(keyBytes, keyOffsets[i]!, keyOffsets[i + 1]!);
    }),
    keyTable: {
      bytes: keyBytes,
      offsets: keyOffsets,
      cache: new Map(),
      check: checkKey,
      checkAll: () => {
        offsetsOf.ensure(0, keyOffsets.length);
        bytesOf.ensure(0, keyBytes.length);
      },
    },
    offsets: c.i32('alias.offsets'),
    entity: c.i32('alias.entity'),
    flags: c.u8('alias.flags'),
    caseText: new Map(Object.entries(meta.caseText).map(([k, v]) => [Number(k), v])),
    slotHash,
    slotInfo: infoOf.array,
    mask: slotHash.length - 1,
    checkSlots: checkTogether(hashesOf, infoOf),
    maxWords: meta.maxWords,
    filter: c.u8('alias.filter'),
    lowerFilter: c.u8('alias.lowerFilter'),
  };
  const idOf = (e: number): string => entityAt(e).id;
  return {
    meta,
    version: meta.version,
    asOf: meta.asOf,
    entities,
    terms,
    termsByHolder: new TermLookup(c.i32('term.holder'), byId, idOf),
    termsByOffice: new TermLookup(c.i32('term.office'), byId, idOf),
    index,
    byId,
    related: lazyArray(meta.entities, (i) =>
      Array.from(relTargets.subarray(relOffsets[i]!, relOffsets[i + 1]!)),
    ),
    relatedCountries: lazyArray(meta.entities, (i) => {
      const a = ccOffsets[i]!;
      const b = ccOffsets[i + 1]!;
      return a === b ? NONE : Array.from(ccCodes.subarray(a, b), (k) => meta.countryCodes[k]!);
    }),
    countryByCode,
    admin1ByCode,
    commonWords: new Set(meta.commonWords),
    priors: c.f64('entity.prior'),
    entityAt: decodeEntity,
    verify: () => c.verifyAll(),
  };
}

/** The compiled JSON back from a payload (CLIs that read the raw records: data:stats and the like). */
export function decodeCompiled(opened: OpenedDataset): {
  dataset: CompiledDataset;
  aliases: CompiledAliases;
} {
  const { meta, index } = opened;
  const entities: CompiledEntity[] = [];
  const places: PlaceRow[] = [];
  for (let i = 0; i < meta.entities; i++) {
    if (i < meta.curated) entities.push(opened.entityAt(i));
    else places.push(toPlaceRow(opened.entityAt(i))!);
  }
  const counts: number[] = [];
  for (let k = 0; k < meta.keys; k++) counts.push(index.offsets[k + 1]! - index.offsets[k]!);
  return {
    dataset: {
      version: meta.version,
      asOf: meta.asOf,
      entities,
      places,
      terms: Array.from({ length: meta.terms }, (_, i) => opened.terms[i]!),
    },
    aliases: {
      keys: Array.from({ length: meta.keys }, (_, k) => index.keys[k]!),
      counts,
      entity: Array.from(index.entity),
      flags: Array.from(index.flags),
      caseText: meta.caseText,
      commonWords: meta.commonWords,
    },
  };
}
