/**
 * Countries and territories from MIT/ISC-licensed packages: names from
 * `i18n-iso-countries` and `countries-list`, Wikidata ids from
 * `@ideditor/country-coder`. Wikipedia titles follow the package name except
 * where the English Wikipedia title differs (checked by hand, listed below).
 */
import { createRequire } from 'node:module';
import { borders } from '@ideditor/country-coder';
import { cityPlaceId, countryPlaceId } from '../../../dataset/place-ids.ts';
import { withArticle } from '../../../engine/card/place-card.ts';
import { ALIAS_FOREIGN, ALIAS_NAME } from '../../../engine/types.ts';
import {
  GEONAMES_SNAPSHOT,
  GEONAMES_SOURCE,
  wikipediaSource,
  type BuildAlias,
  type BuildEntity,
} from '../build-types.ts';
import type { GeoRow } from './geonames.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
const {
  countries: countryList,
  continents,
  languages,
} = require('countries-list') as {
  countries: Record<
    string,
    {
      name: string;
      native: string;
      capital: string;
      continent: string;
      currency: string[];
      languages: string[];
      phone: number[];
    }
  >;
  continents: Record<string, string>;
  languages: Record<string, { name: string }>;
};
const COUNTRIES_LIST_URL = 'https://www.npmjs.com/package/countries-list';

const WIKIPEDIA_TITLE_EXCEPTIONS: Record<string, string> = {
  AX: 'Åland',
  BL: 'Saint_Barthélemy',
  BS: 'The_Bahamas',
  CV: 'Cape_Verde',
  CW: 'Curaçao',
  CZ: 'Czech_Republic',
  FM: 'Federated_States_of_Micronesia',
  GE: 'Georgia_(country)',
  GM: 'The_Gambia',
  IE: 'Republic_of_Ireland',
  MF: 'Collectivity_of_Saint_Martin',
  MO: 'Macau',
  PS: 'State_of_Palestine',
  RE: 'Réunion',
  ST: 'São_Tomé_and_Príncipe',
  TF: 'French_Southern_and_Antarctic_Lands',
  TR: 'Turkey',
  UM: 'United_States_Minor_Outlying_Islands',
  US: 'United_States',
  VI: 'United_States_Virgin_Islands',
};

interface CoderProps {
  iso1A2?: string;
  nameEn: string;
  wikidata: string;
  country?: string;
  level?: string;
}
const coderFeatures = (borders as unknown as { features: { properties: CoderProps }[] }).features.map(
  (f) => f.properties,
);

/** Wikidata id for a country: the feature for its main part where one exists (Q55 Netherlands, not the Kingdom). */
function countryQid(cc: string, name: string): string | undefined {
  const main = coderFeatures.find((p) => !p.iso1A2 && p.country === cc && p.nameEn === name);
  return (main ?? coderFeatures.find((p) => p.iso1A2 === cc))?.wikidata;
}

/** Country-coder features that are GeoNames first-level divisions (England, Hawaii…): QID by code+name. */
export function subdivisionQids(): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of coderFeatures) if (!p.iso1A2 && p.country) map.set(`${p.country}|${p.nameEn}`, p.wikidata);
  return map;
}

/** A territory's sovereign, from country-coder, for territories such as Puerto Rico. */
function sovereignOf(cc: string): string | undefined {
  const own = coderFeatures.find((p) => p.iso1A2 === cc);
  return own?.country && own.country !== cc ? own.country : undefined;
}

function describeCountry(cc: string, name: string, continent: string, capital?: string): string {
  const where = continents[continent] ? ` in ${continents[continent]}` : '';
  const parent = sovereignOf(cc);
  const kind = parent ? `a territory of ${withArticle(countryList[parent]?.name ?? parent)}` : 'a country';
  const seat = capital ? `; its capital is ${capital}` : '';
  return `${name} is ${kind}${where}${seat}.`;
}

export function generateCountries(capitals: Map<string, GeoRow>): BuildEntity[] {
  const names = isoCountries.getNames('en', { select: 'all' });
  const out: BuildEntity[] = [];
  for (const [cc, info] of Object.entries(countryList)) {
    const aliases = new Map<string, number>();
    aliases.set(info.name, ALIAS_NAME);
    for (const n of names[cc] ?? []) if (!aliases.has(n)) aliases.set(n, 0);
    if (info.native && info.native !== info.name) aliases.set(info.native, ALIAS_FOREIGN);
    const capital = capitals.get(cc);
    const qid = countryQid(cc, info.name);
    const title = WIKIPEDIA_TITLE_EXCEPTIONS[cc] ?? info.name.replace(/ /g, '_');
    out.push({
      origin: 'generated:countries',
      aliases: [...aliases].map(([text, flags]): BuildAlias => ({
        text,
        flags,
      })),
      entity: {
        id: countryPlaceId(cc),
        type: 'place',
        subtype: 'country',
        name: info.name,
        prior: 0.95,
        wikipedia: title,
        ...(qid ? { wikidata: qid } : {}),
        // A country's dot on the locator map is its capital.
        ...(capital ? { geo: { lat: capital.lat, lon: capital.lon, cc, basis: 'seat' } } : {}),
        description: describeCountry(cc, info.name, info.continent, capital?.name),
        facts: [
          ...(capital
            ? [
                {
                  label: 'Capital',
                  value: { ref: cityPlaceId(capital.geonameId) },
                  asOf: GEONAMES_SNAPSHOT,
                  sourceUrl: GEONAMES_SOURCE.url,
                },
              ]
            : []),
          ...(continents[info.continent]
            ? [{ label: 'Continent', value: continents[info.continent]!, sourceUrl: COUNTRIES_LIST_URL }]
            : []),
          ...(info.languages.length
            ? [
                {
                  label: 'Languages',
                  value: info.languages.map((l) => languages[l]?.name ?? l).join(', '),
                  sourceUrl: COUNTRIES_LIST_URL,
                },
              ]
            : []),
          ...(info.currency.length
            ? [{ label: 'Currency', value: info.currency.join(', '), sourceUrl: COUNTRIES_LIST_URL }]
            : []),
          { label: 'ISO 3166-1 code', value: cc },
        ],
        related: capital ? [{ id: cityPlaceId(capital.geonameId), relation: 'capital' }] : [],
        sources: [wikipediaSource(title), GEONAMES_SOURCE],
      },
    });
  }
  return out;
}
