/**
 * The class pack format (version 1): a title, an author, a description, an optional
 * language, and entities that are either new (ids `pack:<pack id>/<kebab-name>`, a
 * namespace no dataset id can use) or notes and extra aliases for existing dataset ids.
 * Validated with zod in the background, the options page and the CLI; the content
 * script never imports this. Documented in docs/packs.md.
 */
import { z } from 'zod';
import { ENTITY_TYPES, SUBTYPES, type EntityType } from '../../dataset/schema.ts';

export const PACK_FORMAT_VERSION = 1;

/** Limits a pack must keep; docs/packs.md states them. */
export const PACK_LIMITS = {
  /** The file, in UTF-8 bytes. */
  bytes: 1_000_000,
  entities: 2_000,
  aliasesPerEntity: 30,
  /** A name, alias, role or relation. */
  nameLength: 200,
  /** A description or note. */
  textLength: 2_000,
  /** The pack's own id. */
  idLength: 64,
} as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A dataset id, as dataset/schema.ts writes them: `type/kebab-name`. */
export const DATASET_ID = /^(person|organization|armed-group|place|other)\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** The prefix of every new entity's id; a colon never appears in a dataset id. */
export const PACK_ID_PREFIX = 'pack:';

export const packEntityId = (packId: string, local: string): string => `${PACK_ID_PREFIX}${packId}/${local}`;
export const isPackEntityId = (id: string): boolean => id.startsWith(PACK_ID_PREFIX);

/** Subtypes a pack entity may take: generated kinds (countries, provinces, districts) carry codes a pack has not. */
export const PACK_SUBTYPES: Record<EntityType, readonly string[]> = {
  ...SUBTYPES,
  place: SUBTYPES.place.filter((s) => s !== 'country' && s !== 'admin1' && s !== 'admin2'),
};

const text = (expected: string, max: number) =>
  z
    .string({ error: expected })
    .trim()
    .min(1, { error: expected })
    .max(max, { error: `${expected} of at most ${max} characters` });

const name = (what: string) => text(what, PACK_LIMITS.nameLength);
const longText = (what: string) => text(what, PACK_LIMITS.textLength);

export const HTTPS_EXPECTED = 'an https:// link';
export const httpsLink = z.string({ error: HTTPS_EXPECTED }).refine(
  (u) => {
    if (!u.startsWith('https://')) return false;
    try {
      return new URL(u).hostname.length > 0;
    } catch {
      return false;
    }
  },
  { error: HTTPS_EXPECTED },
);

export const packAliasSchema = z.union(
  [
    name('an alias'),
    z
      .object({
        text: name('an alias'),
        /** An acronym: matches only as written. */
        caseSensitive: z.boolean({ error: 'true or false' }).optional(),
        /** A surname or short form: links only beside the full name or when nothing else has it. */
        partial: z.boolean({ error: 'true or false' }).optional(),
      })
      .strict(),
  ],
  { error: 'an alias: a string, or { "text", "caseSensitive", "partial" }' },
);
export type PackAlias = z.infer<typeof packAliasSchema>;

export const TYPE_EXPECTED = `one of ${ENTITY_TYPES.join(', ')}`;

export const packEntitySchema = z
  .object({
    /** `pack:<pack id>/<kebab-name>` for a new entity, or an existing dataset id. */
    id: z.string({ error: 'an id' }),
    /** Required for a new entity; on an existing one only a label for the reader of the file. */
    name: name('a name').optional(),
    type: z.enum(ENTITY_TYPES, { error: TYPE_EXPECTED }).optional(),
    subtype: z.string({ error: 'a subtype' }).optional(),
    role: name('a role').optional(),
    aliases: z
      .array(packAliasSchema, { error: 'a list of aliases' })
      .max(PACK_LIMITS.aliasesPerEntity, { error: `at most ${PACK_LIMITS.aliasesPerEntity} aliases` })
      .optional(),
    description: longText('a description').optional(),
    /** The teacher's note, shown on the card with the pack's title and author. */
    note: longText('a note').optional(),
    link: httpsLink.optional(),
    /** Dataset ids or ids of this pack's entities: context for linking and buttons on the card. */
    related: z
      .array(z.object({ id: z.string({ error: 'an id' }), relation: name('a relation') }).strict(), {
        error: 'a list of { "id", "relation" }',
      })
      .optional(),
  })
  .strict();
export type PackEntity = z.infer<typeof packEntitySchema>;

export const packSchema = z
  .object({
    /** The pack format's version; this module reads version 1. */
    version: z.literal(PACK_FORMAT_VERSION, { error: `${PACK_FORMAT_VERSION} (the pack format's version)` }),
    /** Kebab-case; new entities' ids start `pack:<id>/`. Importing a pack with an installed id replaces it. */
    id: z
      .string({ error: 'a kebab-case id' })
      .max(PACK_LIMITS.idLength, { error: `a kebab-case id of at most ${PACK_LIMITS.idLength} characters` })
      .regex(KEBAB, { error: 'a kebab-case id (a-z, 0-9, single hyphens), e.g. "end-of-apartheid"' }),
    title: name('a title'),
    author: name('an author'),
    description: longText('a description'),
    /** BCP 47 tag of the pack's text, e.g. `en`, `fr`. */
    language: z
      .string({ error: 'a language tag' })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'a language tag such as "en" or "fr-CA"' })
      .optional(),
    entities: z
      .array(packEntitySchema, { error: 'a list of entities' })
      .min(1, { error: 'at least one entity' })
      .max(PACK_LIMITS.entities, { error: `at most ${PACK_LIMITS.entities.toLocaleString('en')} entities` }),
  })
  .strict();
export type Pack = z.infer<typeof packSchema>;

/** Kebab-case form of a name: "Steve Biko" → "steve-biko". */
export function kebab(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const isKebab = (s: string): boolean => KEBAB.test(s);
