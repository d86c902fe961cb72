/** Readable, stable ids for generated places, derived from GeoNames codes. */
export const countryPlaceId = (iso2: string): string => `place/country-${iso2.toLowerCase()}`;
/** `AF.18` → `place/admin1-af-18` */
export const admin1PlaceId = (code: string): string =>
  `place/admin1-${code.toLowerCase().replace(/\./g, '-')}`;
/** `AF.18.817` → `place/admin2-af-18-817` */
export const admin2PlaceId = (code: string): string =>
  `place/admin2-${code.toLowerCase().replace(/\./g, '-')}`;
export const cityPlaceId = (geonameId: number): string => `place/geonames-${geonameId}`;
