/**
 * Country outlines for the offline locator map: Natural Earth 1:50m (public
 * domain) from `world-atlas` via `topojson-client`, rings rounded to 0.1° and
 * keyed by ISO alpha-2 code.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { physicalShapes } from './places/physical.ts';

const require = createRequire(import.meta.url);

export type Outlines = Record<string, number[][][]>;

const round = (x: number): number => Math.round(x * 10) / 10;

function simplifyRing(ring: number[][]): number[][] {
  const out: number[][] = [];
  for (const [lon, lat] of ring) {
    const p = [round(lon!), round(lat!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : [];
}

export function buildOutlines(): Outlines {
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const iso = require('i18n-iso-countries') as { numericToAlpha2(n: string): string | undefined };
  const fc = feature(topo, topo.objects.countries);
  const out: Outlines = {};
  for (const f of fc.features) {
    const cc = f.id === undefined ? undefined : iso.numericToAlpha2(String(f.id));
    if (!cc || !f.geometry) continue;
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const rings = polys.map((p) => simplifyRing(p[0] as number[][])).filter((r) => r.length > 0);
    if (rings.length) out[cc] = rings;
  }
  return { ...out, ...physicalShapes() }; // rivers, seas, ranges: keyed by their geo.cc (scripts/lib/places/physical.ts)
}
