/**
 * Physical geography (rivers, seas, lakes, mountain ranges, deserts…) as places,
 * from dataset/physical/physical-features.jsonl, which scripts/import-natural-earth.ts
 * writes from the committed Natural Earth subset.
 *
 * A feature spans several countries, so its `geo.cc` is not a country code but the
 * key of its own shape in the compiled outlines ("~l:…" a line, "~a:…" an area):
 * the background hands the card that shape as its `outline`, and the locator map
 * draws it (components/feature-map.tsx). The countries it crosses or borders are
 * its facts and relations, and they are what supports it on a page: the names are
 * risky ("Jordan", "Orange", "Snake"), so a feature with a bare name links only
 * beside one of its countries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryPlaceId } from '../../../dataset/place-ids.ts';
import { withArticle } from '../../../engine/card/place-card.ts';
import { ALIAS_AMBIGUOUS, ALIAS_NAME } from '../../../engine/types.ts';
import type { BuildAlias, BuildEntity } from '../build-types.ts';
import type { Pt } from './geometry.ts';

const require = createRequire(import.meta.url);
const countryList = (require('countries-list') as { countries: Record<string, { name: string }> }).countries;

export const PHYSICAL_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../dataset/physical/physical-features.jsonl',
);
export const PHYSICAL_ORIGIN = 'generated:physical';
export const NATURAL_EARTH_SOURCE = { title: 'Natural Earth', url: 'https://www.naturalearthdata.com/' };

export const PHYSICAL_KINDS = [
  'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'channel', 'mountain-range', 'desert', 'valley',
  'plateau', 'peninsula', 'basin', 'plain', 'delta',
] as const; // prettier-ignore
export type PhysicalKind = (typeof PHYSICAL_KINDS)[number];

export interface PhysicalRecord {
  id: string;
  kind: PhysicalKind;
  name: string;
  /** The name is also a common word or another entity's name. */
  ambiguousName?: true;
  aliases: { text: string; ambiguous?: true }[];
  wikidata?: string;
  /** Natural Earth's scale rank: 0 the most prominent. */
  rank: number;
  lat: number;
  lon: number;
  /** ISO codes of the countries it crosses or borders, most first. */
  countries: string[];
  shape: 'line' | 'area';
  parts: Pt[][];
}

const LABEL: Record<PhysicalKind, string> = {
  river: 'River',
  lake: 'Lake',
  sea: 'Sea',
  ocean: 'Ocean',
  gulf: 'Gulf',
  bay: 'Bay',
  strait: 'Strait',
  channel: 'Channel',
  'mountain-range': 'Mountain range',
  desert: 'Desert',
  valley: 'Valley',
  plateau: 'Plateau',
  peninsula: 'Peninsula',
  basin: 'Basin',
  plain: 'Plain',
  delta: 'River delta',
};

const WATER = new Set<PhysicalKind>(['lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'channel']);

/** How a feature stands to its countries: a river flows through them, a sea borders them. */
function relation(kind: PhysicalKind): string {
  if (kind === 'river') return 'flows through';
  return WATER.has(kind) ? 'borders' : 'lies in';
}

/** A name that says what it is ("Gulf of Mexico", "Atlas Mountains") is safer than a bare one ("Orange"). */
const KIND_WORD =
  /\b(Sea|Ocean|Gulf|Golfo|Bay|Bight|Strait|Straits|Channel|Passage|Lake|Mountains|Range|Highlands?|Desert|Plateau|Peninsula|Basin|Valley|Delta)\b/i;

/** Linking prior: a prominent feature whose name says what it is links on its own; every other needs one of its countries on the page. */
export function physicalPrior(r: Pick<PhysicalRecord, 'name' | 'rank' | 'ambiguousName'>): number {
  if (!KIND_WORD.test(r.name) || r.ambiguousName) return 0.4;
  return r.rank <= 3 ? 0.7 : 0.5;
}

const countryName = (cc: string): string => withArticle(countryList[cc]?.name ?? cc);

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "River in Turkey, Syria and Iraq", "Sea bordering Italy, Croatia and 5 more". */
function roleOf(r: PhysicalRecord): string {
  const label = LABEL[r.kind];
  if (!r.countries.length) return label;
  const shown = r.countries.slice(0, 3).map(countryName);
  const more = r.countries.length - shown.length;
  const where = more > 0 ? `${shown.join(', ')} and ${more} more` : list(shown);
  return `${label} ${WATER.has(r.kind) ? 'bordering' : 'in'} ${where}`;
}

function describe(r: PhysicalRecord): string {
  const label = LABEL[r.kind].toLowerCase();
  const a = /^[aeiou]/.test(label) ? 'An' : 'A';
  const names = list(r.countries.map(countryName));
  if (!r.countries.length)
    return `${a} ${label} on Natural Earth's map of physical features, away from any country.`;
  if (r.kind === 'river') return `${a} river that flows through ${names}.`;
  if (WATER.has(r.kind)) return `${a} ${label} whose shores belong to ${names}.`;
  return `${a} ${label} in ${names}.`;
}

/** The key of a feature's shape in the compiled outlines, stored as its `geo.cc`. */
export const shapeKey = (r: Pick<PhysicalRecord, 'id' | 'shape'>): string =>
  `~${r.shape === 'line' ? 'l' : 'a'}:${r.id.slice('place/ne-'.length)}`;

/** A JSON Lines file: one record a line (kept out of Prettier's reach, and diffs stay one line a feature). */
export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readPhysical(file = PHYSICAL_FILE): PhysicalRecord[] {
  return existsSync(file) ? readJsonLines<PhysicalRecord>(file) : [];
}

export function generatePhysical(records = readPhysical()): BuildEntity[] {
  return records.map((r) => {
    const aliases: BuildAlias[] = [
      { text: r.name, flags: ALIAS_NAME | (r.ambiguousName ? ALIAS_AMBIGUOUS : 0) },
      ...r.aliases.map((a) => ({ text: a.text, flags: a.ambiguous ? ALIAS_AMBIGUOUS : 0 })),
    ];
    const refs = r.countries.map(countryPlaceId);
    return {
      origin: PHYSICAL_ORIGIN,
      aliases,
      entity: {
        id: r.id,
        type: 'place',
        subtype: r.kind,
        name: r.name,
        prior: physicalPrior(r),
        role: roleOf(r),
        description: describe(r),
        ...(r.wikidata ? { wikidata: r.wikidata } : {}),
        geo: { lat: r.lat, lon: r.lon, cc: shapeKey(r), basis: 'centroid' },
        ...(refs.length
          ? {
              facts: [
                {
                  label: r.kind === 'river' ? 'Flows through' : WATER.has(r.kind) ? 'Borders' : 'Countries',
                  value: { refs },
                  sourceUrl: NATURAL_EARTH_SOURCE.url,
                  sourceTitle: 'Natural Earth (outline), world-atlas (countries)',
                },
              ],
              related: refs.map((id) => ({ id, relation: relation(r.kind) })),
            }
          : {}),
        sources: [NATURAL_EARTH_SOURCE],
      },
    };
  });
}

/**
 * Shapes for the locator map, keyed like `geo.cc`: an area's outer rings, and a
 * river's lines drawn there and back, so that a map which closes every ring (the
 * popup's) still shows a line.
 */
export function physicalShapes(records = readPhysical()): Record<string, number[][][]> {
  const out: Record<string, number[][][]> = {};
  for (const r of records) {
    out[shapeKey(r)] = r.shape === 'area' ? r.parts : r.parts.map((p) => [...p, ...p.slice(0, -1).reverse()]);
  }
  return out;
}

/** Country ids this feature is tied to, for tests and stats. */
export const isPhysical = (subtype: string): boolean =>
  (PHYSICAL_KINDS as readonly string[]).includes(subtype);
