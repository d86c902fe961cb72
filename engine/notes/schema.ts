/**
 * The JSON file the notebook exports and imports (docs/notes-schema.md), checked with
 * zod. Used by the notebook page, the popup's export and the CLI; never by the content
 * script.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../../dataset/schema.ts';
import type { Project } from './model.ts';

export const NOTES_FORMAT = 'newscontext-notes';
/** The version of the file format this code writes and reads. */
export const NOTES_FORMAT_VERSION = 1;

/** Limits an imported file must keep (docs/notes-schema.md states them). */
export const NOTES_LIMITS = {
  /** The file, in characters. */
  chars: 20_000_000,
  projects: 500,
  pinsPerProject: 5_000,
  pagesPerPin: 1_000,
  factsPerCard: 300,
  sourcesPerCard: 300,
  /** A URL. */
  urlLength: 4_000,
  /** A name, label, title or value. */
  textLength: 4_000,
  /** A sentence or description. */
  longTextLength: 10_000,
} as const;

const text = z.string().max(NOTES_LIMITS.textLength);
const longText = z.string().max(NOTES_LIMITS.longTextLength);
/** Only web and file addresses: a `javascript:` or `data:` link never reaches a page or an export. */
const url = z
  .string()
  .max(NOTES_LIMITS.urlLength)
  .regex(/^(https?|file):\/\/\S/i, 'an http(s) or file address');
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/, 'an ISO 8601 date-time');

export const sourceSchema = z.object({ url, title: text });

export const factSchema = z.object({
  label: text,
  value: text,
  asOf: partialDate.optional(),
  retrieved: partialDate.optional(),
  stale: z.boolean().optional(),
  source: sourceSchema.optional(),
});

export const cardSnapshotSchema = z.object({
  facts: z.array(factSchema).max(NOTES_LIMITS.factsPerCard),
  sources: z.array(sourceSchema).max(NOTES_LIMITS.sourcesPerCard),
  dataset: z.object({ version: text, asOf: text }).optional(),
});

export const sightingSchema = z.object({
  url,
  title: text,
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .optional(),
  sentence: longText,
  pinnedAt: isoDateTime,
  card: cardSnapshotSchema,
});

export const pinnedEntitySchema = z.object({
  id: z.string().min(1).max(300),
  name: text.min(1),
  type: z.enum(ENTITY_TYPES),
  role: text,
  description: longText,
  wikipediaUrl: url.optional(),
  seen: z.array(sightingSchema).min(1).max(NOTES_LIMITS.pagesPerPin),
});

export const projectSchema = z.object({
  id: z.string().min(1).max(100),
  name: text,
  createdAt: isoDateTime,
  pins: z.array(pinnedEntitySchema).max(NOTES_LIMITS.pinsPerProject),
});

export const notesFileSchema = z.object({
  format: z.literal(NOTES_FORMAT),
  version: z.literal(NOTES_FORMAT_VERSION),
  exportedAt: isoDateTime,
  projects: z.array(projectSchema).max(NOTES_LIMITS.projects),
});

export type NotesFile = z.infer<typeof notesFileSchema>;

export type ParseResult = { ok: true; projects: Project[] } | { ok: false; errors: string[] };

const pathOf = (path: readonly PropertyKey[]): string =>
  path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : '(file)';

/** Read an exported notes file. Errors name the JSON path and what was expected there. */
export function parseNotesFile(input: string): ParseResult {
  if (input.length > NOTES_LIMITS.chars) {
    return {
      ok: false,
      errors: [`the file is larger than ${NOTES_LIMITS.chars.toLocaleString('en')} characters`],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch (err) {
    return { ok: false, errors: [`not JSON: ${(err as Error).message}`] };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== NOTES_FORMAT) {
    return { ok: false, errors: [`not a NewsContext notes file (expected "format": "${NOTES_FORMAT}")`] };
  }
  if (typeof head.version === 'number' && head.version > NOTES_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [
        `written by a newer version (format ${head.version}); this version reads format ${NOTES_FORMAT_VERSION}`,
      ],
    };
  }
  const parsed = notesFileSchema.safeParse(data);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`) };
  const projects = parsed.data.projects;
  const ids = new Set<string>();
  for (const [i, p] of projects.entries()) {
    if (ids.has(p.id)) return { ok: false, errors: [`projects[${i}].id: "${p.id}" is used by two projects`] };
    ids.add(p.id);
  }
  return { ok: true, projects: projects as Project[] };
}

/** The JSON file for these projects. */
export function notesFile(projects: readonly Project[], exportedAt: string): NotesFile {
  return { format: NOTES_FORMAT, version: NOTES_FORMAT_VERSION, exportedAt, projects: [...projects] };
}
