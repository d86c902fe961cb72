/**
 * Generated places are stored as rows rather than objects: 35,000 of them would
 * otherwise repeat every key name. Ids are derived from GeoNames codes, so they
 * need not be stored either.
 */
import { admin1PlaceId, admin2PlaceId, cityPlaceId } from '../../dataset/place-ids.ts';
import type { CompiledEntity } from '../types.ts';

/** subtype, name, prior, lat, lon, cc, a1, a2, pop, gid, basis, aliases, seat */
export type PlaceRow = [
  string,
  string,
  number,
  number,
  number,
  string,
  string?,
  string?,
  number?,
  number?,
  string?,
  string[]?,
  number?,
];

const COMPACT_KEYS = new Set(['id', 'type', 'subtype', 'name', 'prior', 'geo', 'aliases']);

export function placeId(subtype: string, cc: string, a1?: string, a2?: string, gid?: number): string {
  if (subtype === 'admin1') return admin1PlaceId(`${cc}.${a1}`);
  if (subtype === 'admin2') return admin2PlaceId(`${cc}.${a1}.${a2}`);
  return cityPlaceId(gid!);
}

/** A row for a plain generated place, or null when it carries curated extras and stays an object. */
export function toPlaceRow(e: CompiledEntity): PlaceRow | null {
  if (e.type !== 'place' || !e.geo || Object.keys(e).some((k) => !COMPACT_KEYS.has(k))) return null;
  const g = e.geo;
  if (!['admin1', 'admin2', 'city', 'town'].includes(e.subtype)) return null;
  if (placeId(e.subtype, g.cc, g.a1, g.a2, g.gid) !== e.id) return null;
  const row: PlaceRow = [
    e.subtype,
    e.name,
    e.prior,
    g.lat,
    g.lon,
    g.cc,
    g.a1 ?? '',
    g.a2 ?? '',
    g.pop ?? 0,
    g.gid ?? 0,
    g.basis ?? '',
    e.aliases ?? [],
    g.seat ?? 0,
  ];
  while (row.length > 6) {
    const last = row[row.length - 1];
    if (last === '' || last === 0 || (Array.isArray(last) && last.length === 0)) row.pop();
    else break;
  }
  return row;
}

export function fromPlaceRow(r: PlaceRow): CompiledEntity {
  const [subtype, name, prior, lat, lon, cc, a1, a2, pop, gid, basis, aliases, seat] = r;
  return {
    id: placeId(subtype, cc, a1, a2, gid),
    type: 'place',
    subtype,
    name,
    prior,
    geo: {
      lat,
      lon,
      cc,
      ...(a1 ? { a1 } : {}),
      ...(a2 ? { a2 } : {}),
      ...(pop ? { pop } : {}),
      ...(gid ? { gid } : {}),
      ...(basis ? { basis } : {}),
      ...(seat ? { seat } : {}),
    },
    ...(aliases?.length ? { aliases } : {}),
  };
}
