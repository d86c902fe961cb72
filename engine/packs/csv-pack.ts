/**
 * The CSV form of a pack, for teachers who work in a spreadsheet. Optional
 * metadata rows (`title,…`, `author,…`, `description,…`, `language,…`, `id,…`)
 * come first, then a header row naming the columns, then one entity per row.
 * See docs/packs.md.
 */
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv.ts';
import type { PackError } from './errors.ts';
import { isPackEntityId, kebab, packEntityId, PACK_FORMAT_VERSION } from './schema.ts';

export const CSV_COLUMNS = ['name', 'type', 'aliases', 'description', 'note', 'link'] as const;
/** Columns a sheet may add: an existing dataset id to annotate, a subtype, a role line. */
export const CSV_OPTIONAL_COLUMNS = ['id', 'subtype', 'role'] as const;
const ALL_COLUMNS: readonly string[] = [...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS];
const META = ['title', 'author', 'description', 'language', 'id'] as const;
type MetaKey = (typeof META)[number];
/** Aliases in one cell are separated by `;` or `|`. */
export const ALIAS_SEPARATOR = /[;|]/;
const DELIMITERS = [',', ';', '\t'];
const TYPE_SYNONYMS: Record<string, string> = { organisation: 'organization' };

export interface CsvPackDraft {
  /** The pack as read, for the schema to check. */
  raw: Record<string, unknown>;
  /** Where each entity came from: "row 7". */
  rows: string[];
  /** Where each metadata field came from, for errors on it. */
  metaRows: Partial<Record<MetaKey, string>>;
}

/** A cell's text, trimmed, its line breaks as LF; undefined when empty. */
const cell = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\r\n?/g, '\n').trim();
  return t ? t : undefined;
};

const isBlank = (r: CsvRecord): boolean => r.cells.every((c) => c.trim() === '');

function headerIndex(records: CsvRecord[]): number {
  return records.findIndex((r) => {
    const cols = r.cells.map((c) => c.trim().toLowerCase());
    return cols.includes('name') && cols.includes('type');
  });
}

/** Parses with the first delimiter that yields a header row; null when none does (not a pack CSV). */
function readRecords(
  text: string,
): { records: CsvRecord[]; header: number; delimiter: string } | { error: PackError } | null {
  let syntax: CsvSyntaxError | null = null;
  for (const d of DELIMITERS) {
    try {
      const records = parseCsv(text, d);
      const header = headerIndex(records);
      if (header >= 0) return { records, header, delimiter: d };
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      syntax ??= err;
    }
  }
  if (syntax) return { error: { at: `line ${syntax.line}`, field: 'CSV', expected: syntax.expected } };
  return null;
}

/** The base of a file name, without folders or extension. */
const baseName = (fileName: string | undefined): string | undefined =>
  cell(
    fileName
      ?.split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, ''),
  );

/**
 * Reads a pack CSV into a draft for the schema, or errors (a header that names
 * unknown or repeated columns). Null when the text is no pack CSV at all.
 */
export function readCsvPack(
  text: string,
  fileName?: string,
): { draft: CsvPackDraft } | { errors: PackError[] } | null {
  const read = readRecords(text);
  if (!read) return null;
  if ('error' in read) return { errors: [read.error] };
  const { records, header, delimiter } = read;
  const row = (i: number): string => `row ${i + 1}`;
  const errors: PackError[] = [];
  const meta: Partial<Record<MetaKey, string>> = {};
  const metaRows: Partial<Record<MetaKey, string>> = {};
  for (let i = 0; i < header; i++) {
    const r = records[i]!;
    if (isBlank(r)) continue;
    const key = r.cells[0]!.trim().toLowerCase().replace(/:$/, '') as MetaKey;
    if (!META.includes(key)) {
      errors.push({
        at: row(i),
        field: 'metadata',
        expected: `a row "title", "author", "description", "language" or "id" followed by its value, before the header row`,
        got: JSON.stringify(r.cells[0]!.trim()),
      });
      continue;
    }
    // The value is the rest of the row: an unquoted comma in a hand-written file splits it, a spreadsheet pads it.
    const rest = r.cells.slice(1);
    while (rest.length && !rest[rest.length - 1]!.trim()) rest.pop();
    meta[key] = rest.join(delimiter).trim();
    metaRows[key] = row(i);
  }
  const columns = records[header]!.cells.map((c) => c.trim().toLowerCase());
  columns.forEach((c, j) => {
    if (c === '' && records.slice(header + 1).every((r) => !cell(r.cells[j]))) return; // an empty trailing column
    if (!ALL_COLUMNS.includes(c)) {
      errors.push({
        at: `${row(header)} (header)`,
        field: c || `column ${j + 1}`,
        expected: `a column among ${ALL_COLUMNS.join(', ')}`,
      });
    } else if (columns.indexOf(c) !== j) {
      errors.push({ at: `${row(header)} (header)`, field: c, expected: 'each column once' });
    }
  });
  if (errors.length) return { errors };
  const title = meta.title ?? baseName(fileName);
  const packId = meta.id ?? (kebab(title ?? '') || 'pack');
  const entities: Record<string, unknown>[] = [];
  const rows: string[] = [];
  for (let i = header + 1; i < records.length; i++) {
    const r = records[i]!;
    if (isBlank(r)) continue;
    const get = (col: string): string | undefined => {
      const j = columns.indexOf(col);
      return j < 0 ? undefined : cell(r.cells[j]);
    };
    const name = get('name');
    const given = get('id');
    const existing = given !== undefined && !isPackEntityId(given);
    const type = get('type')?.toLowerCase();
    const aliases = get('aliases')
      ?.split(ALIAS_SEPARATOR)
      .map((a) => a.trim())
      .filter(Boolean);
    const entity: Record<string, unknown> = {
      id: given ?? packEntityId(packId, kebab(name ?? '') || `row-${i + 1}`),
      name,
      // On a row for an existing entity the type is the reader's label only.
      type: existing ? undefined : type && (TYPE_SYNONYMS[type] ?? type),
      subtype: get('subtype'),
      role: get('role'),
      aliases: aliases?.length ? aliases : undefined,
      description: get('description'),
      note: get('note'),
      link: get('link'),
    };
    for (const k of Object.keys(entity)) if (entity[k] === undefined) delete entity[k];
    entities.push(entity);
    rows.push(row(i));
  }
  const raw: Record<string, unknown> = { version: PACK_FORMAT_VERSION, id: packId, title, ...meta, entities };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  return { draft: { raw, rows, metaRows } };
}
