/**
 * The one schema for the entity dataset. The build, `data:check` and the tests
 * validate with it; the engine and the extension only use the inferred types,
 * so zod never reaches the content-script bundle.
 */
import { z } from 'zod';
import { compareDates } from './time-varying.ts';

export { compareDates };

export const ENTITY_TYPES = ['person', 'organization', 'armed-group', 'place', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Bodies that most countries have, under the same generic names (engine/link/generic-body.ts). */
export const NATIONAL_BODY_SUBTYPES = [
  'government',
  'government-body',
  'intelligence-agency',
  'security-agency',
  'military',
  'party',
] as const;

export const SUBTYPES = {
  person: [
    'head-of-state',
    'head-of-government',
    'minister',
    'politician',
    'militant-leader',
    'military-officer',
    'official',
    'diplomat',
    'monarch',
    'religious-leader',
    'analyst',
    'journalist',
    'activist',
    'businessperson',
    'other',
  ],
  organization: [
    ...NATIONAL_BODY_SUBTYPES,
    'international-organization',
    'un-body',
    'un-mission',
    'ngo',
    'think-tank',
    'media',
    'company',
    'other',
  ],
  'armed-group': ['armed-group', 'militia', 'insurgency', 'terrorist-organization', 'paramilitary'],
  place: ['country', 'territory', 'admin1', 'admin2', 'city', 'town', 'region', 'facility', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'channel', 'mountain-range', 'desert', 'valley', 'plateau', 'peninsula', 'basin', 'plain', 'delta'], // prettier-ignore
  other: ['weapon', 'event', 'ethnic-group', 'religious-group', 'movement', 'document'],
} as const satisfies Record<EntityType, readonly string[]>;

const ID_PATTERN = /^(person|organization|armed-group|place|other)\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), { message: 'URL must use https' });
/** A calendar date at year, month or day precision. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const aliasSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      /** Acronyms such as `US`, `ISI` or `IS-K`: match only as written. */
      caseSensitive: z.boolean().optional(),
      /** Also a common word or another entity's name: link only with supporting context. */
      ambiguous: z.boolean().optional(),
      /** A surname or short form; links only beside the full name or a dominant prior. */
      partial: z.boolean().optional(),
      /** BCP 47 language tag when not English, e.g. `ar`, `ps`, `fr`. */
      lang: z.string().optional(),
      /** ISO 15924 script when not Latin, e.g. `Arab`. */
      script: z.string().optional(),
    })
    .strict(),
]);
export type AliasSource = z.infer<typeof aliasSchema>;

export const factValueSchema = z.union([
  z.string().min(1),
  z.number(),
  z.object({ date: isoDate }).strict(),
  z.object({ number: z.number(), unit: z.string().optional() }).strict(),
  z.object({ ref: z.string().regex(ID_PATTERN) }).strict(),
  z.object({ refs: z.array(z.string().regex(ID_PATTERN)).min(1) }).strict(),
]);
export type FactValue = z.infer<typeof factValueSchema>;

export const factSchema = z
  .object({
    label: z.string().min(1),
    value: factValueSchema,
    /** The date on which the value was known to hold; required for time-varying facts. */
    asOf: isoDate.optional(),
    /** The https page that confirms this fact (required for time-varying facts). */
    sourceUrl: httpsUrl.optional(),
    /** The title of that page. */
    sourceTitle: z.string().min(1).optional(),
  })
  .strict();
export type Fact = z.infer<typeof factSchema>;

export const DESIGNATION_AUTHORITIES = [
  'UN',
  'US',
  'EU',
  'UK',
  'CA',
  'AU',
  'RU',
  'IN',
  'PK',
  'TR',
  'other',
] as const;
export const designationSchema = z
  .object({
    authority: z.enum(DESIGNATION_AUTHORITIES),
    year: z.number().int().min(1945).max(2100),
    /** E.g. "Foreign Terrorist Organization", "Proscribed organisation". */
    list: z.string().optional(),
    /** Year the listing was lifted, if it was. */
    revoked: z.number().int().optional(),
    sourceUrl: httpsUrl.optional(),
  })
  .strict();
export type Designation = z.infer<typeof designationSchema>;

export const relatedSchema = z
  .object({ id: z.string().regex(ID_PATTERN), relation: z.string().min(1) })
  .strict();
export const sourceSchema = z.object({ title: z.string().min(1), url: httpsUrl }).strict();

export const geoSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    countryCode: z.string().regex(/^[A-Z]{2}$/),
    admin1Code: z.string().optional(),
    admin2Code: z.string().optional(),
    population: z.number().int().nonnegative().optional(),
    geonameId: z.number().int().positive().optional(),
    /** How the point was derived when it is not the place's own GeoNames point. */
    pointBasis: z.enum(['geonames', 'seat', 'centroid', 'curated']).optional(),
  })
  .strict();
export type Geo = z.infer<typeof geoSchema>;

export const entitySchema = z
  .object({
    id: z.string().regex(ID_PATTERN, 'ids look like type/kebab-name, e.g. person/ashraf-ghani'),
    type: z.enum(ENTITY_TYPES),
    subtype: z.string(),
    name: z.string().min(1),
    aliases: z.array(aliasSchema),
    /** One line shown under the name, e.g. "Taliban co-founder", "Province of Afghanistan". */
    role: z.string().optional(),
    description: z.string().min(20),
    facts: z.array(factSchema),
    related: z.array(relatedSchema).default([]),
    designations: z.array(designationSchema).optional(),
    sources: z.array(sourceSchema),
    wikipedia: z.string().nullable(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    geo: geoSchema.optional(),
    /** Relative prominence 0–1 used as a linking prior; curated entities default high. */
    prominence: z.number().min(0).max(1).optional(),
    /**
     * The name is one that other countries' bodies bear too ("Democratic Party", "Ministry
     * of Defence"): it links only with context, and not on a page about another country.
     */
    ambiguousName: z.boolean().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!e.id.startsWith(`${e.type}/`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id must start with "${e.type}/"`,
      });
    }
    const allowed: readonly string[] = SUBTYPES[e.type];
    if (!allowed.includes(e.subtype)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtype'],
        message: `subtype "${e.subtype}" is not one of ${allowed.join(', ')}`,
      });
    }
    if (e.wikipedia !== null && /\s/.test(e.wikipedia)) {
      ctx.addIssue({
        code: 'custom',
        path: ['wikipedia'],
        message: 'use underscores, not spaces',
      });
    }
  });
export type EntitySource = z.input<typeof entitySchema>;
export type Entity = z.output<typeof entitySchema>;

/** A curated source file: a JSON array of entities. */
export const sourceFileSchema = z.array(entitySchema);

export { HISTORICAL_LABEL, isTimeVarying, TIME_VARYING_LABEL } from './time-varying.ts';

/** Curated additions to a generated place: news spellings, a Wikipedia title, a description. */
export const placeOverrideSchema = z
  .object({
    id: z.string().regex(/^place\//),
    wikipedia: z.string().nullable().optional(),
    aliases: z.array(aliasSchema).optional(),
    description: z.string().min(20).optional(),
    role: z.string().optional(),
    /** Raise or lower the linking prior, e.g. for a capital known by one name worldwide. */
    prior: z.number().min(0).max(1).optional(),
    /** The place's own GeoNames name usually means something else ("Gaza" the Strip, not the city). */
    ambiguousName: z.boolean().optional(),
  })
  .strict();
export type PlaceOverride = z.infer<typeof placeOverrideSchema>;
export const placeOverrideFileSchema = z.array(placeOverrideSchema);

/** What kind of office a term is of. */
export const TERM_KINDS = [
  'head-of-state',
  'head-of-government',
  /** Of a group or a party. */
  'leader',
  /** Of an agency. */
  'chief',
  /** Head of an international organisation or a UN body. */
  'secretary-general',
  'other',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * One holder's term in one office: the one source of truth for who held what when.
 * The build derives the `Position` and `In office since` facts of a person, and the
 * current holder fact of a group, organisation or agency, from these.
 */
export const termSchema = z
  .object({
    /** English display title of the office, e.g. "President of Afghanistan". */
    office: z.string().min(1),
    /** Entity id the office belongs to: a country, organisation, armed group or agency. */
    officeOf: z.string().regex(ID_PATTERN),
    kind: z.enum(TERM_KINDS),
    /** The curated person, when the dataset has them. */
    holder: z.string().regex(ID_PATTERN).optional(),
    holderName: z.string().min(1),
    /**
     * Start of the term. Required in new terms; absent only where a converted
     * free-text position gave no start date (then the term is known to hold on `asOf`).
     */
    from: isoDate.optional(),
    /** End of the term; absent while current. */
    to: isoDate.optional(),
    acting: z.boolean().optional(),
    /** The https page that confirms this term. */
    source: sourceSchema,
    /** The date of that source, or the date the term was last confirmed. */
    asOf: isoDate,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.from && t.to && compareDates(t.from, t.to) > 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${t.to}) before it starts (${t.from})` });
    }
  });
export type TermSource = z.input<typeof termSchema>;
export type Term = z.output<typeof termSchema>;
/** A terms file: a JSON array of terms. */
export const termFileSchema = z.array(termSchema);
