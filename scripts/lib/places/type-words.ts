/**
 * Words that say what kind of place a name is ("Province", "Raion", "City"…), in
 * the forms GeoNames uses. A division whose name already carries one is never
 * given another: "Kyiv City Province" and "Tatarstan Republic Province" are
 * names nobody uses. `data:check` rejects such stacked names
 * (scripts/lib/check-invented-names.ts).
 */

/** Kinds of division and settlement, folded to lower case without diacritics. */
export const TYPE_WORDS: ReadonlySet<string> = new Set([
  'province', 'provincia', 'governorate', 'governate', 'oblast', 'oblys', 'region', 'state', 'district',
  'prefecture', 'subprefecture', 'county', 'department', 'departement', 'departamento', 'muhafazah',
  'muhafazat', 'mudiriyat', 'wilayah', 'wilayat', 'wilaya', 'vilayet', 'division', 'territory',
  'municipality', 'municipal', 'municipio', 'republic', 'city', 'town', 'raion', 'rayon', 'parish', 'zone',
  'cercle', 'area', 'arrondissement', 'atoll', 'atholhu', 'pradesh', 'locality', 'woreda', 'wereda', 'agency',
  'ville', 'krai', 'kray', 'okrug', 'council', 'novads', 'corporation', 'canton', 'commune', 'borough',
  'emirate', 'voivodeship', 'sector', 'island', 'islands', 'kraj', 'aimag', 'tehsil', 'upazila',
  'subdistrict', 'caza', 'qada', "qada'", 'qadaa', 'opstina', 'opcina', 'qeza', 'qeza-i', 'liwa', 'nahiya',
  'distrito', 'estado', 'regione', 'kommune', 'gemeinde', 'municipalite',
]); // prettier-ignore

/**
 * The kinds a generator (or a careless hand) appends to a name: a stacked name
 * ends with one of these after a word of TYPE_WORDS ("… Raion District").
 */
export const APPENDED_TYPE_WORDS: ReadonlySet<string> = new Set([
  'province', 'governorate', 'oblast', 'region', 'state', 'district', 'prefecture', 'county', 'department',
  'muhafazah', 'wilayah', 'division', 'territory', 'municipality', 'parish', 'raion', 'rayon', 'krai',
  'okrug', 'zone', 'canton', 'emirate', 'voivodeship',
]); // prettier-ignore

/** A word folded for comparison: lower case, no diacritics, plain apostrophes. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .toLowerCase();
}

const words = (name: string): string[] =>
  name
    .split(/[\s()]+/)
    .filter(Boolean)
    .map(foldWord);

/**
 * Words that make a division's name a kind already ("Brussels Capital", "Distrito
 * Federal", "Bujumbura Rural"): the generator adds no "Province" to these either.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...TYPE_WORDS,
  'capital', 'federal', 'metropolitan', 'autonomous', 'special', 'administrative', 'urban', 'rural',
  'tribal', 'regional', 'local', 'government', 'administration', 'mairie',
]); // prettier-ignore

/** Whether a name already says what kind of place it is ("Kyiv City", "Saint John Parish", "Muhafazat Hadramaout"). */
export function hasTypeWord(name: string): boolean {
  return words(name).some((w) => KIND_WORDS.has(w));
}

/**
 * The two type words of a stacked name, or undefined: a name that ends with a kind
 * ("Province", "District"…) after another kind earlier in it: "Kyiv City Province",
 * "Kalush Raion District", "Municipality of Vipava Province". "Kandahar Province",
 * "Kyiv City", "Kyiv Oblast" and "Kurdistan Region" are fine.
 */
export function stackedTypeWords(name: string): [string, string] | undefined {
  const raw = name.split(/[\s()]+/).filter(Boolean);
  const last = raw[raw.length - 1];
  if (raw.length < 2 || !last || !APPENDED_TYPE_WORDS.has(foldWord(last))) return undefined;
  const before = raw.slice(0, -1).find((w) => TYPE_WORDS.has(foldWord(w)));
  return before ? [before, last] : undefined;
}
