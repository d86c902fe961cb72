/**
 * The loaded dataset: entity records plus the derived look-ups the linker needs
 * (alias index, symmetric relation lists, places by country and province).
 */
import type { AliasIndex } from '../match/alias-index.ts';
import type { PartBytes } from './binary-read.ts';
import { fromPlaceRow } from './compact-places.ts';
import { encodeDataset, openDataset, type Lookups } from './compiled.ts';
import type {
  CompiledAliases,
  CompiledDataset,
  CompiledEntity,
  CompiledTerm,
  ExpandedDataset,
  Fact,
} from '../types.ts';

/** Relations the place generator writes for a place's country and province. */
export const GEO_CONTAINMENT = new Set(['in country', 'in province']);

const COUNTRY_ID_PREFIX = 'place/country-';

export interface Dataset {
  readonly version: string;
  readonly asOf: string;
  readonly entities: readonly CompiledEntity[];
  readonly index: AliasIndex;
  readonly byId: ReadonlyMap<string, number>;
  /** Entities related to each entity, in either direction. */
  readonly related: readonly (readonly number[])[];
  /** Country entity by ISO code. */
  readonly countryByCode: ReadonlyMap<string, number>;
  /** First-level division entity by GeoNames code, e.g. `AF.18`. */
  readonly admin1ByCode: ReadonlyMap<string, number>;
  /** Frequent English words, lower case: a capitalised one beside a name is not another name. */
  readonly commonWords: ReadonlySet<string>;
  /** Countries of the places each actor is related to (where it operates, is based, leads). */
  readonly relatedCountries: readonly (readonly string[])[];
  /** Every term of every office (dataset/terms). */
  readonly terms: readonly CompiledTerm[];
  /** Term indices by holder id. */
  readonly termsByHolder: ReadonlyMap<string, readonly number[]>;
  /** Term indices by the id of the entity the office belongs to. */
  readonly termsByOffice: ReadonlyMap<string, readonly number[]>;
  /** Entity priors as stored in the compiled files, where the dataset was opened from them (packs add theirs after). */
  readonly priors?: Float64Array;
  /**
   * Compiled files check each block as it is first read; this checks the rest now, so a
   * damaged file is reported even where no page has read it yet. Throws a DataFileError.
   */
  readonly verify?: () => void;
}

export function expandDataset(data: CompiledDataset): ExpandedDataset {
  const entities = data.entities.concat(data.places.map(fromPlaceRow));
  return { version: data.version, asOf: data.asOf, entities, terms: data.terms ?? [] };
}

/** Ids a fact's value points at. */
export function factRefs(value: Fact['value']): string[] {
  if (typeof value !== 'object') return [];
  if ('ref' in value) return [value.ref];
  if ('refs' in value) return value.refs;
  return [];
}

/**
 * Relations both ways, and the country and division look-ups, computed from the records
 * at `data:build` (engine/data/compiled.ts stores them).
 */
export function deriveLookups(data: ExpandedDataset): Lookups {
  const byId = new Map<string, number>();
  data.entities.forEach((e, i) => byId.set(e.id, i));
  const related: number[][] = data.entities.map(() => []);
  const countryByCode = new Map<string, number>();
  const admin1ByCode = new Map<string, number>();
  data.entities.forEach((e, i) => {
    // Explicit relations, and entities a fact points at ("Area of operations: Tunisia").
    const targets = [
      ...(e.related ?? []).filter((r) => !GEO_CONTAINMENT.has(r.relation)).map((r) => r.id),
      ...(e.facts ?? []).flatMap((f) => factRefs(f.value)),
    ];
    for (const id of new Set(targets)) {
      const j = byId.get(id);
      if (j === undefined || j === i) continue;
      related[i]!.push(j);
      related[j]!.push(i);
    }
    if (e.subtype === 'country' && e.id.startsWith(COUNTRY_ID_PREFIX)) {
      countryByCode.set(e.id.slice(COUNTRY_ID_PREFIX.length).toUpperCase(), i);
    }
    if (e.geo?.a1 && e.subtype === 'admin1') admin1ByCode.set(`${e.geo.cc}.${e.geo.a1}`, i);
  });
  return {
    related,
    countryByCode,
    admin1ByCode,
    relatedCountries: data.entities.map((e, i) =>
      e.type === 'place' ? [] : [...new Set(related[i]!.flatMap((j) => data.entities[j]!.geo?.cc ?? []))],
    ),
  };
}

/** The binary part files of a compiled dataset (what `data:build` writes). */
export function compileBinary(compiled: CompiledDataset, aliases: CompiledAliases): Uint8Array[] {
  return encodeDataset(compiled, aliases, deriveLookups);
}

/** The dataset from its part files: every header and checksum checked, then views over the bytes. */
export function openDatasetParts(parts: readonly PartBytes[]): Dataset {
  return openDataset(parts);
}

/** A dataset straight from compiled JSON (tests, packs tooling): the same binary form, built in memory. */
export function loadDataset(compiled: CompiledDataset, aliases: CompiledAliases): Dataset {
  return openDataset(
    compileBinary(compiled, aliases).map((bytes, i) => ({ name: `in-memory part ${i}`, bytes })),
  );
}
