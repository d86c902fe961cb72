/**
 * Read and validate the curated sources. Each entity is validated on its own, so
 * one bad record is reported by file, id and field without hiding the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  entitySchema,
  placeOverrideSchema,
  termSchema,
  type AliasSource,
  type Entity,
  type PlaceOverride,
  type Term,
} from '../../dataset/schema.ts';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CASE,
  ALIAS_FOREIGN,
  ALIAS_NAME,
  ALIAS_PARTIAL,
  type CompiledEntity,
} from '../../engine/types.ts';
import type { BuildAlias, BuildEntity } from './build-types.ts';

export interface Issue {
  file: string;
  id: string;
  field: string;
  message: string;
}

export interface CuratedEntity {
  file: string;
  source: Entity;
}

const DEFAULT_PRIOR: Record<Entity['type'], number> = {
  person: 0.7,
  organization: 0.75,
  'armed-group': 0.8,
  place: 0.6,
  other: 0.6,
};

export function aliasToBuild(a: AliasSource): BuildAlias {
  if (typeof a === 'string') return { text: a, flags: 0 };
  let flags = 0;
  if (a.caseSensitive) flags |= ALIAS_CASE;
  if (a.ambiguous) flags |= ALIAS_AMBIGUOUS;
  if (a.partial) flags |= ALIAS_PARTIAL;
  if ((a.lang && a.lang !== 'en') || (a.script && a.script !== 'Latn')) flags |= ALIAS_FOREIGN;
  return { text: a.text, flags };
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Parse a JSON array file, reporting unreadable JSON as an issue instead of throwing. */
function readArray(file: string, root: string, issues: Issue[]): unknown[] {
  const name = relative(root, file);
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(data)) return data;
    issues.push({ file: name, id: '-', field: '-', message: 'expected a JSON array of entities' });
  } catch (err) {
    issues.push({ file: name, id: '-', field: '-', message: `invalid JSON: ${(err as Error).message}` });
  }
  return [];
}

function idOf(raw: unknown, i: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${i}`;
}

export function loadCurated(root: string, issues: Issue[]): CuratedEntity[] {
  const out: CuratedEntity[] = [];
  for (const file of jsonFiles(join(root, 'dataset/actors'))) {
    const name = relative(root, file);
    readArray(file, root, issues).forEach((raw, i) => {
      const parsed = entitySchema.safeParse(raw);
      if (parsed.success) out.push({ file: name, source: parsed.data });
      else
        for (const issue of parsed.error.issues) {
          issues.push({
            file: name,
            id: idOf(raw, i),
            field: issue.path.join('.') || '-',
            message: issue.message,
          });
        }
    });
  }
  return out;
}

export interface LoadedTerm {
  file: string;
  /** Position in its file, for messages. */
  index: number;
  term: Term;
}

/** dataset/terms/*.json: who held which office when. Each term is validated on its own. */
export function loadTerms(root: string, issues: Issue[]): LoadedTerm[] {
  const out: LoadedTerm[] = [];
  for (const file of jsonFiles(join(root, 'dataset/terms'))) {
    const name = relative(root, file);
    readArray(file, root, issues).forEach((raw, i) => {
      const parsed = termSchema.safeParse(raw);
      if (parsed.success) out.push({ file: name, index: i, term: parsed.data });
      else
        for (const issue of parsed.error.issues) {
          const t = raw as { office?: unknown; holderName?: unknown } | null;
          issues.push({
            file: name,
            id: `#${i} ${String(t?.office ?? '?')} / ${String(t?.holderName ?? '?')}`,
            field: issue.path.join('.') || '-',
            message: issue.message,
          });
        }
    });
  }
  return out;
}

export function loadPlaceOverrides(
  root: string,
  issues: Issue[],
): { file: string; override: PlaceOverride }[] {
  const out: { file: string; override: PlaceOverride }[] = [];
  for (const file of jsonFiles(join(root, 'dataset/places'))) {
    const name = relative(root, file);
    readArray(file, root, issues).forEach((raw, i) => {
      const parsed = placeOverrideSchema.safeParse(raw);
      if (parsed.success) out.push({ file: name, override: parsed.data });
      else
        for (const issue of parsed.error.issues) {
          issues.push({
            file: name,
            id: idOf(raw, i),
            field: issue.path.join('.') || '-',
            message: issue.message,
          });
        }
    });
  }
  return out;
}

export function curatedToBuild({ file, source: e }: CuratedEntity): BuildEntity {
  const nameFlags = ALIAS_NAME | (e.ambiguousName ? ALIAS_AMBIGUOUS : 0);
  const aliases: BuildAlias[] = [{ text: e.name, flags: nameFlags }, ...e.aliases.map(aliasToBuild)];
  const display = aliases
    .filter((a) => !(a.flags & (ALIAS_FOREIGN | ALIAS_NAME)) && a.text !== e.name)
    .map((a) => a.text);
  const entity: CompiledEntity = {
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name: e.name,
    prior: e.prominence ?? DEFAULT_PRIOR[e.type],
    description: e.description,
    wikipedia: e.wikipedia,
    ...(e.role ? { role: e.role } : {}),
    ...(display.length ? { aliases: [...new Set(display)] } : {}),
    ...(e.facts.length ? { facts: e.facts } : {}),
    ...(e.related.length ? { related: e.related } : {}),
    ...(e.designations?.length ? { designations: e.designations } : {}),
    ...(e.sources.length ? { sources: e.sources } : {}),
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    ...(e.geo
      ? {
          geo: {
            lat: e.geo.lat,
            lon: e.geo.lon,
            cc: e.geo.countryCode,
            ...(e.geo.admin1Code ? { a1: e.geo.admin1Code } : {}),
            ...(e.geo.admin2Code ? { a2: e.geo.admin2Code } : {}),
            ...(e.geo.population ? { pop: e.geo.population } : {}),
            ...(e.geo.geonameId ? { gid: e.geo.geonameId } : {}),
            basis: e.geo.pointBasis ?? 'curated',
          },
        }
      : {}),
  };
  return { entity, aliases, origin: file };
}
