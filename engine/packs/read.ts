/**
 * From a file's text to a pack whose shape is right: size limit, JSON or CSV,
 * the schema, and the rules on ids that need no dataset. Checks against the
 * dataset (ids that must exist, names that would shadow a country) are in check.ts.
 */
import { z } from 'zod';
import { readCsvPack } from './csv-pack.ts';
import { jsonErrorOffset, lineColumn } from './json-position.ts';
import { stripBom } from './csv.ts';
import { fromZodIssues, jsonLocate, quote, type Locate, type PackError } from './errors.ts';
import {
  DATASET_ID,
  isKebab,
  isPackEntityId,
  PACK_ID_PREFIX,
  PACK_LIMITS,
  PACK_SUBTYPES,
  packEntitySchema,
  packSchema,
  type Pack,
  type PackEntity,
} from './schema.ts';

export type PackFormat = 'json' | 'csv';

export type ReadResult =
  | { ok: true; pack: Pack; format: PackFormat; locate: Locate }
  | { ok: false; errors: PackError[]; checked?: CheckedEntities };

const MB = (PACK_LIMITS.bytes / 1_000_000).toLocaleString('en');

export const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

const fail = (errors: PackError[]): ReadResult => ({ ok: false, errors });

/** Where the JSON breaks: "line 2, column 12", or the parser's own words when the position is not found. */
function jsonErrorPlace(text: string, err: unknown): string {
  const at = jsonErrorOffset(text);
  return at >= 0 ? lineColumn(text, at) : (err as Error).message;
}

const NOT_A_PACK: PackError = {
  at: 'file',
  field: 'format',
  expected:
    'a JSON pack (an object with "version", "id", "title", "author", "description", "entities") or a CSV with a header row naming the columns name, type, aliases, description, note, link',
};

/** Reads and checks the shape of a pack, JSON or CSV, without the dataset. */
export function readPack(input: string, opts: { fileName?: string } = {}): ReadResult {
  const bytes = utf8Length(input);
  if (bytes > PACK_LIMITS.bytes) {
    return fail([
      {
        at: 'file',
        field: 'size',
        expected: `at most ${MB} MB (${PACK_LIMITS.bytes.toLocaleString('en')} bytes)`,
        got: `${bytes.toLocaleString('en')} bytes`,
      },
    ]);
  }
  const text = stripBom(input);
  if (!text.trim() || /[\u0000-\u0008\u000e-\u001f]/.test(text)) return fail([NOT_A_PACK]);
  // A spreadsheet saved in a legacy encoding (Excel's plain "CSV" on Windows) reads with replacement characters.
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return fail([
      { at: `line ${line}`, field: 'encoding', expected: 'UTF-8 text (in Excel, save as "CSV UTF-8")' },
    ]);
  }
  const first = text.trimStart()[0];
  if (first === '{' || first === '[' || /\.json$/i.test(opts.fileName ?? '')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err: unknown) {
      return fail([
        {
          at: 'file',
          field: 'JSON',
          expected: `valid JSON (${jsonErrorPlace(text, err)})`,
        },
      ]);
    }
    return checkShape(data, 'json', jsonLocate, () => '$');
  }
  const csv = readCsvPack(text, opts.fileName);
  if (!csv) return fail([NOT_A_PACK]);
  if ('errors' in csv) return fail(csv.errors);
  const { raw, rows, metaRows } = csv.draft;
  return checkShape(
    raw,
    'csv',
    (i) => rows[i] ?? `entity ${i + 1}`,
    (field) => metaRows[field as keyof typeof metaRows] ?? 'the rows before the header',
  );
}

function checkShape(
  data: unknown,
  format: PackFormat,
  locate: Locate,
  locateMeta: (field: string) => string,
): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      { at: '$', field: 'pack', expected: 'an object', got: Array.isArray(data) ? 'a list' : quote(data) },
    ]);
  }
  // The entity limit first: a pack far too large gets one error, not one per entity.
  const entities = (data as { entities?: unknown }).entities;
  if (Array.isArray(entities) && entities.length > PACK_LIMITS.entities) {
    return fail([
      {
        at: format === 'csv' ? 'file' : '$',
        field: 'entities',
        expected: `at most ${PACK_LIMITS.entities.toLocaleString('en')} entities`,
        got: entities.length.toLocaleString('en'),
      },
    ]);
  }
  // The pack's own fields, then each entity on its own, so one bad entity does not hide the others' errors.
  const top = packSchema
    .extend({ entities: z.array(z.unknown(), { error: 'a list of entities' }) })
    .safeParse(data, { reportInput: true });
  const errors = top.success
    ? []
    : fromZodIssues(top.error.issues, locate).map((e) =>
        e.at === '$' && format === 'csv' ? { ...e, at: locateMeta(e.field) } : e,
      );
  const valid: PackEntity[] = [];
  const at: number[] = [];
  (Array.isArray(entities) ? entities : []).forEach((raw, i) => {
    const r = packEntitySchema.safeParse(raw, { reportInput: true });
    if (r.success) {
      valid.push(r.data);
      at.push(i);
    } else {
      const issues = r.error.issues.map((issue) => ({ ...issue, path: ['entities', i, ...issue.path] }));
      errors.push(...fromZodIssues(issues, locate));
    }
  });
  if (Array.isArray(entities) && entities.length === 0) {
    errors.push({
      at: format === 'csv' ? 'the rows after the header' : '$',
      field: 'entities',
      expected: 'at least one entity',
      got: 'none',
    });
  }
  const id = (data as { id?: unknown }).id;
  const checked = { entities: valid, locate: (k: number) => locate(at[k]!), index: (k: number) => at[k]! };
  // With no valid pack id (an error already), new entities' namespaces cannot be checked.
  errors.push(...idRules(typeof id === 'string' && isKebab(id) ? id : null, checked));
  if (errors.length || !top.success) return { ok: false, errors, checked };
  return { ok: true, pack: { ...top.data, entities: valid }, format, locate };
}

/** Entities that passed the schema, with where each came from: checked further even when others failed. */
export interface CheckedEntities {
  entities: PackEntity[];
  locate: Locate;
  /** The entity's position in the file's list. */
  index: (k: number) => number;
}

/** Ids and the fields a new or an existing entity must or must not have. */
function idRules(packId: string | null, { entities, locate, index }: CheckedEntities): PackError[] {
  const errors: PackError[] = [];
  const prefix = `${PACK_ID_PREFIX}${packId ?? '<pack id>'}/`;
  const newIds = new Set(entities.filter((e) => isPackEntityId(e.id)).map((e) => e.id));
  const idExpected = `a new entity's id "${prefix}<kebab-case-name>", or an existing dataset id such as "person/nelson-mandela"`;
  const firstAt = new Map<string, number>();
  entities.forEach((e, i) => {
    const at = locate(i);
    const entity = index(i);
    /** `got` as the error shows it: quoted by `quote`, or a word such as "nothing". */
    const err = (field: string, expected: string, got?: string): void => {
      errors.push({ at, field, expected, ...(got !== undefined ? { got } : {}), entity });
    };
    const seen = firstAt.get(e.id);
    if (seen !== undefined) err('id', `an id used once (${locate(seen)} has it too)`, quote(e.id));
    else firstAt.set(e.id, i);
    if (isPackEntityId(e.id)) {
      if (packId !== null && (!e.id.startsWith(prefix) || !isKebab(e.id.slice(prefix.length)))) {
        err('id', idExpected, quote(e.id));
      }
      if (!e.name) err('name', 'a name', 'nothing');
      if (!e.type) err('type', 'a type: person, organization, armed-group, place or other', 'nothing');
      else if (e.subtype !== undefined && !PACK_SUBTYPES[e.type].includes(e.subtype)) {
        err('subtype', `one of ${PACK_SUBTYPES[e.type].join(', ')} (for a ${e.type})`, quote(e.subtype));
      }
    } else {
      if (!DATASET_ID.test(e.id)) {
        err('id', idExpected, quote(e.id));
      }
      for (const field of ['description', 'role', 'subtype', 'related'] as const) {
        if (e[field] !== undefined) {
          err(field, `none on an existing entity (${e.id} keeps its own; write a note)`);
        }
      }
      if (!e.note && !e.aliases?.length && !e.link)
        err('note', 'a note, aliases or a link for an existing entity', 'nothing');
    }
    (e.related ?? []).forEach((r, j) => {
      if (isPackEntityId(r.id) ? !newIds.has(r.id) : !DATASET_ID.test(r.id)) {
        err(`related[${j}].id`, 'a dataset id or the id of a new entity in this pack', quote(r.id));
      }
    });
  });
  return errors;
}
