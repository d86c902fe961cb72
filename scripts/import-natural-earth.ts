/**
 * Physical geography from Natural Earth (public domain) into the dataset.
 *
 *   npx tsx scripts/import-natural-earth.ts
 *     reads the committed subset dataset/sources/natural-earth/subset.jsonl and writes
 *     dataset/physical/physical-features.jsonl: one record per feature with its names,
 *     kind, the countries it crosses or borders (point in polygon against the
 *     world-atlas outlines the locator map already uses), a label point, and a
 *     simplified line or outline. The build turns the records into places
 *     (scripts/lib/places/physical.ts).
 *
 *   npx tsx scripts/import-natural-earth.ts --extract OGR_DIR NE_DIR
 *     rebuilds that subset from the upstream files (see dataset/sources/natural-earth/README.md):
 *     OGR_DIR holds OpenGeographyRegions' geojson/{marine,terrain,deserts,waterrelated}.geojson,
 *     NE_DIR martynafford/natural-earth-geojson's 50m/physical/ne_50m_{lakes,rivers_lake_centerlines}.json.
 *     Geometry is simplified (Douglas–Peucker) and rounded to 0.01°.
 *
 * Names are the source's own. The only changes: runs of spaces collapsed, Natural
 * Earth's abbreviation "L." written out as "Lake", and stretches of one river that
 * Natural Earth 4.1 labels with a local name joined to the river under the name the
 * source itself gives another stretch (RIVER_STRETCHES, checked by hand); the local
 * names stay as aliases. Nothing is invented.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildOutlines } from './lib/outlines.ts';
import { ROOT } from './lib/artefacts.ts';
import { buildDataset } from './lib/build-dataset.ts';
import { loadCommonWords, loadNameLikeWords } from './lib/common-words.ts';
import {
  boxOf,
  inRing,
  lineLength,
  ringArea,
  ringCentroid,
  ringDistance,
  roundLine,
  simplify,
  type Pt,
} from './lib/places/geometry.ts';
import {
  PHYSICAL_FILE,
  PHYSICAL_ORIGIN,
  readJsonLines,
  type PhysicalKind,
  type PhysicalRecord,
} from './lib/places/physical.ts';

export const SUBSET_FILE = join(ROOT, 'dataset/sources/natural-earth/subset.jsonl');

/** One upstream feature, reduced to what the import reads. */
interface SubsetFeature {
  /** Upstream layer: ogr-marine, ogr-terrain, ogr-deserts, ogr-waterrelated, ne-lakes, ne-rivers. */
  layer: string;
  cls: string;
  name: string;
  /** Natural Earth's alternative and English names, where it gives them. */
  alt?: string;
  en?: string;
  rank: number;
  wikidata?: string;
  geom: 'line' | 'area';
  parts: Pt[][];
}

// ---------------------------------------------------------------- extract

interface GeoJsonFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

const KEEP: Record<string, Set<string>> = {
  'ogr-marine': new Set(['sea', 'ocean', 'gulf', 'bay', 'strait', 'channel']),
  'ogr-terrain': new Set(['mountainrange', 'plateau', 'peninsula', 'plain', 'basin', 'valley', 'lowland']),
  'ogr-deserts': new Set(['desert']),
  'ogr-waterrelated': new Set(['delta', 'lake']),
  'ne-lakes': new Set(['Lake', 'Alkaline Lake', 'Reservoir']),
  'ne-rivers': new Set(['River', 'Lake Centerline']),
};

function partsOf(g: GeoJsonFeature['geometry']): { geom: 'line' | 'area'; parts: Pt[][] } | null {
  if (!g) return null;
  const c = g.coordinates as number[][][] | number[][][][];
  switch (g.type) {
    case 'LineString':
      return { geom: 'line', parts: [g.coordinates as Pt[]] };
    case 'MultiLineString':
      return { geom: 'line', parts: c as Pt[][] };
    case 'Polygon':
      return { geom: 'area', parts: [(c as Pt[][])[0]!] };
    case 'MultiPolygon':
      return { geom: 'area', parts: (c as Pt[][][]).map((p) => p[0]!) };
    default:
      return null;
  }
}

function simplifyParts(geom: 'line' | 'area', raw: Pt[][]): Pt[][] {
  const parts = raw.filter((p) => Array.isArray(p) && p.length >= 2);
  if (!parts.length) return [];
  const all = parts.flat();
  const b = boxOf(all);
  const tol = Math.max(0.01, Math.hypot(b.maxX - b.minX, b.maxY - b.minY) / 150);
  let kept = parts;
  if (geom === 'area') {
    // Islands of a sea's outline and slivers of a range: keep the parts that show.
    const largest = Math.max(...parts.map(ringArea));
    kept = parts.filter((p) => ringArea(p) >= largest * 0.02);
  } else {
    const longest = Math.max(...parts.map(lineLength));
    kept = parts.filter((p) => lineLength(p) >= Math.min(longest * 0.02, 0.2));
  }
  return kept.map((p) => roundLine(simplify(p, tol))).filter((p) => p.length >= (geom === 'area' ? 4 : 2));
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function extract(ogrDir: string, neDir: string): void {
  const files: [string, string][] = [
    ['ogr-marine', join(ogrDir, 'marine.geojson')],
    ['ogr-terrain', join(ogrDir, 'terrain.geojson')],
    ['ogr-deserts', join(ogrDir, 'deserts.geojson')],
    ['ogr-waterrelated', join(ogrDir, 'waterrelated.geojson')],
    ['ne-lakes', join(neDir, 'ne_50m_lakes.json')],
    ['ne-rivers', join(neDir, 'ne_50m_rivers_lake_centerlines.json')],
  ];
  const out: SubsetFeature[] = [];
  for (const [layer, file] of files) {
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: GeoJsonFeature[] };
    for (const f of fc.features) {
      const p = f.properties;
      const cls = str(p.featureclass) ?? str(p.featurecla);
      const name = str(p.name);
      if (!cls || !name || !KEEP[layer]!.has(cls)) continue;
      const g = partsOf(f.geometry);
      if (!g) continue;
      const parts = simplifyParts(g.geom, g.parts);
      if (!parts.length) continue;
      const alt = str(p.name_alt) ?? str(p.namealt);
      const en = str(p.name_en);
      const wikidata = str(p.wikidata);
      out.push({
        layer,
        cls,
        name,
        ...(alt ? { alt } : {}),
        ...(en && en !== name ? { en } : {}),
        rank: Number(p.scalerank ?? 9),
        ...(wikidata && /^Q\d+$/.test(wikidata) ? { wikidata } : {}),
        geom: g.geom,
        parts,
      });
    }
  }
  mkdirSync(dirname(SUBSET_FILE), { recursive: true });
  writeFileSync(SUBSET_FILE, out.map((f) => `${JSON.stringify(f)}\n`).join(''));
  console.log(`extract: ${out.length} features → ${SUBSET_FILE}`);
}

// ---------------------------------------------------------------- convert

const KIND: Record<string, PhysicalKind> = {
  sea: 'sea',
  ocean: 'ocean',
  gulf: 'gulf',
  bay: 'bay',
  strait: 'strait',
  channel: 'channel',
  mountainrange: 'mountain-range',
  plateau: 'plateau',
  peninsula: 'peninsula',
  plain: 'plain',
  lowland: 'plain',
  basin: 'basin',
  valley: 'valley',
  desert: 'desert',
  delta: 'delta',
  lake: 'lake',
  Lake: 'lake',
  'Alkaline Lake': 'lake',
  Reservoir: 'lake',
  River: 'river',
  'Lake Centerline': 'river',
};

/**
 * Stretches that Natural Earth 4.1 labels with a local name, joined to the river
 * under the English name the same layer gives another stretch of it. Checked by hand
 * against the map; the local names stay as aliases.
 */
const RIVER_STRETCHES: Record<string, string> = {
  Firat: 'Euphrates',
  'Al Furat': 'Euphrates',
  Dicle: 'Tigris',
  Donau: 'Danube',
  Rhein: 'Rhine',
  Dnepre: 'Dnieper',
  Ertis: 'Irtysh',
  Huang: 'Yellow',
  Abay: 'Blue Nile',
  Dihang: 'Brahmaputra',
  Nu: 'Salween',
};

/** Canals, delta arms and channels are not rivers a reader looks up. */
const NOT_A_RIVER = /\b(Canal|Csatorna|Branch|Protoka|Bratul|Delta|Fork)\b|^R\. /;

function cleanName(name: string): string | null {
  let n = name.replace(/\s+/g, ' ').trim();
  n = n.replace(/^L\. /, 'Lake ').replace(/ L\.$/, ' Lake');
  if (/[().]/.test(n) || /^[A-Z]{2,}\b/.test(n.replace(/^A[IÏ]R\b/, 'Air'))) return null;
  return n;
}

const kebab = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Comparison key for names: case, diacritics, punctuation and hyphens ignored. */
export const nameKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Group {
  kind: PhysicalKind;
  name: string;
  aliases: Set<string>;
  rank: number;
  wikidata?: string;
  geom: 'line' | 'area';
  parts: Pt[][];
}

function groupFeatures(features: SubsetFeature[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of features) {
    const kind = KIND[f.cls];
    if (!kind) continue;
    let name: string | null;
    const aliases: string[] = [];
    if (f.layer === 'ne-rivers') {
      const local = cleanName(f.name);
      const en = f.en ? cleanName(f.en) : local;
      if (!local || !en || NOT_A_RIVER.test(f.name)) continue;
      name = RIVER_STRETCHES[en] ?? RIVER_STRETCHES[local] ?? en;
      aliases.push(local, en);
    } else {
      name = cleanName(f.name);
      if (!name) continue;
    }
    if (f.alt) {
      const alt = cleanName(f.alt);
      if (alt) aliases.push(alt);
    }
    const key = `${kind}|${nameKey(name)}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind, name, aliases: new Set(), rank: f.rank, geom: f.geom, parts: [] };
      groups.set(key, g);
    }
    for (const a of aliases) if (nameKey(a) !== nameKey(name)) g.aliases.add(a);
    g.rank = Math.min(g.rank, f.rank);
    if (f.wikidata && !g.wikidata) g.wikidata = f.wikidata;
    g.parts.push(...f.parts);
  }
  return [...groups.values()];
}

interface CountryShape {
  cc: string;
  rings: Pt[][];
  box: { minX: number; minY: number; maxX: number; maxY: number };
}

function countryShapes(): CountryShape[] {
  return Object.entries(buildOutlines())
    .filter(([cc]) => /^[A-Z]{2}$/.test(cc))
    .map(([cc, rings]) => ({
      cc,
      rings: rings as Pt[][],
      box: boxOf(rings.flat() as Pt[]),
    }));
}

/** Points along a line every ~0.1°, so a short crossing is not missed between two vertices. */
function densify(line: Pt[], step = 0.1): Pt[] {
  const out: Pt[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  if (line.length) out.push(line[line.length - 1]!);
  return out;
}

/** A grid of points inside an area, for the countries a range or a desert lies in. */
function interiorPoints(parts: Pt[][]): Pt[] {
  const b = boxOf(parts.flat());
  const step = Math.max(0.05, Math.max(b.maxX - b.minX, b.maxY - b.minY) / 40);
  const out: Pt[] = [];
  for (let x = b.minX + step / 2; x < b.maxX; x += step)
    for (let y = b.minY + step / 2; y < b.maxY; y += step) {
      const p: Pt = [x, y];
      if (parts.some((r) => inRing(p, r))) out.push(p);
    }
  return out;
}

const WATER: ReadonlySet<PhysicalKind> = new Set([
  'sea',
  'ocean',
  'gulf',
  'bay',
  'strait',
  'channel',
  'lake',
]);

/**
 * The countries a feature crosses (rivers, land features: points inside them) or
 * borders (seas and lakes: their shore within 0.15° of the country), most first.
 * A country needs at least 3% of the points (and two of them) so a border brushed
 * in passing does not count.
 */
function countriesOf(g: Group, shapes: CountryShape[]): string[] {
  const water = WATER.has(g.kind);
  const points =
    g.geom === 'line'
      ? g.parts.flatMap((p) => densify(p))
      : water
        ? g.parts.flatMap((p) => densify(p, 0.2))
        : [...interiorPoints(g.parts), ...g.parts.flat()];
  const reach = water ? 0.15 : g.geom === 'line' ? 0.03 : 0;
  const hits = new Map<string, number>();
  for (const p of points) {
    for (const s of shapes) {
      const b = s.box;
      if (p[0] < b.minX - reach || p[0] > b.maxX + reach || p[1] < b.minY - reach || p[1] > b.maxY + reach)
        continue;
      const hit = s.rings.some((r) => inRing(p, r) || (reach > 0 && ringDistance(p, r) <= reach));
      if (hit) hits.set(s.cc, (hits.get(s.cc) ?? 0) + 1);
    }
  }
  const min = Math.max(2, points.length * 0.03);
  return [...hits]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([cc]) => cc);
}

/** The label point: the centroid of an area's largest part (when inside it), or the middle of a river's longest line. */
function labelPoint(g: Group): Pt {
  if (g.geom === 'line') {
    const longest = g.parts.reduce((a, b) => (lineLength(b) > lineLength(a) ? b : a));
    const dense = densify(longest, 0.05);
    return dense[Math.floor(dense.length / 2)]!;
  }
  const largest = g.parts.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const c = ringCentroid(largest);
  if (inRing(c, largest)) return c;
  const inside = interiorPoints([largest]);
  if (!inside.length) return largest[0]!;
  // The interior point nearest the centroid.
  return inside.reduce((a, b) =>
    Math.hypot(b[0] - c[0], b[1] - c[1]) < Math.hypot(a[0] - c[0], a[1] - c[1]) ? b : a,
  );
}

function convert(): void {
  const features = readJsonLines<SubsetFeature>(SUBSET_FILE);
  const groups = groupFeatures(features);
  // Names the dataset already gives another entity, and curated entities this would duplicate.
  const built = buildDataset(ROOT);
  const curatedNames = new Set<string>();
  const otherNames = new Set<string>();
  const placeNames = new Set<string>();
  for (const e of built.entities) {
    if (e.origin === PHYSICAL_ORIGIN) continue;
    const curated = !e.origin.startsWith('generated:');
    for (const a of e.aliases) {
      otherNames.add(nameKey(a.text));
      if (e.entity.type === 'place' && ['country', 'admin1'].includes(e.entity.subtype))
        placeNames.add(nameKey(a.text));
      if (curated && e.entity.type === 'place') curatedNames.add(nameKey(a.text));
    }
  }
  const common = loadCommonWords();
  const nameLike = loadNameLikeWords();
  const shapes = countryShapes();
  const records: PhysicalRecord[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  let shadowed = 0;
  // "Pamir" the river beside "Pamirs" the range: the news means the mountains.
  const byName = new Map(groups.map((g) => [nameKey(g.name), g]));
  const plural = (g: Group): Group | undefined => byName.get(`${nameKey(g.name)}s`);
  for (const g of groups) {
    const range = plural(g);
    if (range && range.kind !== g.kind && range.rank <= g.rank) {
      shadowed++;
      continue;
    }
    if (curatedNames.has(nameKey(g.name))) {
      skipped++;
      continue;
    }
    // A land feature named like a country or province ("India", "Crimea", "Punjab") would only shadow it.
    if (!WATER.has(g.kind) && g.kind !== 'river' && placeNames.has(nameKey(g.name))) {
      shadowed++;
      continue;
    }
    const slug = kebab(g.name);
    const id = slug.startsWith(`${g.kind}-`) ? `place/ne-${slug}` : `place/ne-${g.kind}-${slug}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const countries = countriesOf(g, shapes);
    const [lon, lat] = labelPoint(g);
    const flag = (text: string): { text: string; ambiguous?: true } => {
      const k = nameKey(text);
      const risky = otherNames.has(k) || common.has(k) || nameLike.has(k) || curatedNames.has(k);
      return risky ? { text, ambiguous: true } : { text };
    };
    // "Don", "Han", "Po", "Red": three letters that are also a name or a word say too little to link.
    if (g.name.length <= 3 && flag(g.name).ambiguous) {
      shadowed++;
      continue;
    }
    const aliases = [...g.aliases].filter((a) => !curatedNames.has(nameKey(a))).map(flag);
    records.push({
      id,
      kind: g.kind,
      name: g.name,
      ...(flag(g.name).ambiguous ? { ambiguousName: true } : {}),
      aliases,
      ...(g.wikidata ? { wikidata: g.wikidata } : {}),
      rank: g.rank,
      lat: Math.round(lat * 100) / 100,
      lon: Math.round(lon * 100) / 100,
      countries,
      shape: g.geom,
      parts: g.parts,
    });
  }
  records.sort((a, b) => a.id.localeCompare(b.id));
  mkdirSync(dirname(PHYSICAL_FILE), { recursive: true });
  writeFileSync(PHYSICAL_FILE, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const byKind = new Map<string, number>();
  for (const r of records) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  console.log(
    `import-natural-earth: ${records.length} features (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
      `${skipped} left to their curated entity, ${shadowed} left out (named like a country, a province or a more prominent feature, or too short to tell) → ${PHYSICAL_FILE}`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--extract') {
  if (args.length < 3) {
    console.error('usage: import-natural-earth.ts --extract OGR_GEOJSON_DIR NE_50M_PHYSICAL_DIR');
    process.exit(2);
  }
  extract(args[1]!, args[2]!);
} else {
  convert();
}
