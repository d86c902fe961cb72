/**
 * The compiled dataset as one binary payload (engine/data/binary.ts), written by
 * `data:build` and opened without a parse step:
 *
 * - the alias index exactly as the matcher probes it: the hash table (slot hashes and
 *   slot info), key entry offsets, entity and flag arrays, and the keys as a UTF-8
 *   string table;
 * - every entity record (curated entities as JSON, generated places as their compact
 *   rows) compressed in blocks (engine/data/record-store.ts), decoded only when asked for;
 * - the look-ups the linker needs, precomputed: relations both ways and the countries
 *   of each actor's relations as offset/target arrays, and hash tables for ids,
 *   country codes and first-level divisions, which confirm a hit against the record
 *   (engine/data/lookups.ts).
 *
 * Opening makes views over the buffer and a few small maps (case texts, common words);
 * its cost does not grow with the number of entities.
 */
import { buildAliasIndex, type AliasIndex } from '../match/alias-index.ts';
import { checkTogether, openParts, type Container, type PartBytes } from './binary-read.ts';
import { encodeParts } from './binary-write.ts';
import { lazyArray } from './lazy-array.ts';
import { decodeUtf8, encodeStrings } from './string-table.ts';
import { fromPlaceRow, toPlaceRow, type PlaceRow } from './compact-places.ts';
import { buildLookup, csr, HashedLookup, TermLookup } from './lookups.ts';
import { encodeRecords, RecordStore } from './record-store.ts';
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

/** The alias hash table's most load (a power of two at or under it): small enough to ship, misses still short. */
const ALIAS_MAX_LOAD = 0.7;

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
    'alias.lowerStarts': index.lowerStarts,
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

/** How many entities' records, relations and countries `kept` holds, of each. */
const CACHE_SIZE = 4096;
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

/**
 * `make` with its answers kept for reuse: records decoded, relations copied out of the
 * part files. Bounded (emptied when full), so the heap does not grow page after page.
 */
function kept<T>(make: (i: number) => T): (i: number) => T {
  const cache = new Map<number, T>();
  return (i) => {
    let v = cache.get(i);
    if (v !== undefined) return v;
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(i, (v = make(i)));
    return v;
  };
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
  const entityAt = kept(decodeEntity);
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
    lowerStarts: c.u8('alias.lowerStarts'),
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
    related: lazyArray(
      meta.entities,
      kept((i) => Object.freeze(Array.from(relTargets.subarray(relOffsets[i]!, relOffsets[i + 1]!)))),
    ),
    relatedCountries: lazyArray(
      meta.entities,
      kept((i) => {
        const a = ccOffsets[i]!;
        const b = ccOffsets[i + 1]!;
        return a === b
          ? NONE
          : Object.freeze(Array.from(ccCodes.subarray(a, b), (k) => meta.countryCodes[k]!));
      }),
    ),
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
