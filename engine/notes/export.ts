/**
 * The three export formats, made by the same code for the popup (the current page),
 * the notebook page (a whole project) and the CLI (`npm run notes`):
 *  - Markdown ready to paste: a heading per entity, its key facts with their dates and
 *    numbered sources, and the pages and sentences where it was seen;
 *  - CSV (RFC 4180, UTF-8 with a byte order mark so Excel reads it as UTF-8, CRLF line
 *    ends): one row per entity and page;
 *  - JSON: the notes file (engine/notes/schema.ts, docs/notes-schema.md).
 */
import { factDate, factLine, numberSources, publishedNote } from './cite.ts';
import { latestCard, type PinnedEntity, type Project } from './model.ts';
import { notesFile } from './schema.ts';

export type NotesFormat = 'md' | 'csv' | 'json';
export const NOTES_FORMATS: readonly NotesFormat[] = ['md', 'csv', 'json'];

export const NOTES_MIME: Record<NotesFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** A project's name as exports write it (an unnamed project is "Research notes"). */
export const projectTitle = (p: Project): string => p.name || 'Research notes';

// ── Markdown ────────────────────────────────────────────────────────────────

/** Text that Markdown shows as written: its markup characters escaped, on one line. */
export const mdText = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]<>#|!~]/g, '\\$&')
    .replace(/^([-+]|\d+[.)])(?=\s)/, '\\$1');

/** A link destination that survives spaces and parentheses. */
const mdUrl = (url: string): string => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
const mdLink = (title: string, url: string): string => `[${mdText(title || url)}](${mdUrl(url)})`;

function entityMarkdown(pin: PinnedEntity): string[] {
  const card = latestCard(pin);
  const { sources, refOf } = numberSources(card);
  const out = [`## ${mdText(pin.name)}`, '', `_${mdText(pin.role || pin.type)}_`];
  if (pin.description) out.push('', mdText(pin.description));
  if (card.facts.length) {
    out.push('', '**Key facts**', '');
    for (const f of card.facts) {
      const date = factDate(f);
      const ref = refOf(f);
      out.push(
        `- **${mdText(f.label)}:** ${mdText(f.value)}${date ? ` (${date})` : ''}${ref ? ` [${ref}]` : ''}`,
      );
    }
  }
  if (sources.length) {
    out.push('', '**Sources**', '');
    sources.forEach((s, i) => out.push(`${i + 1}. ${mdLink(s.title, s.url)}`));
  }
  out.push('', '**Seen in**', '');
  for (const s of pin.seen) {
    out.push(`- ${mdLink(s.title, s.url)}, ${publishedNote(s.published)}`);
    if (s.sentence) out.push(`  > ${mdText(s.sentence)}`);
  }
  return out;
}

export function toMarkdown(projects: readonly Project[], exportedAt: string): string {
  const out: string[] = [];
  for (const p of projects) {
    if (out.length) out.push('', '---', '');
    out.push(`# ${mdText(projectTitle(p))}`, '');
    out.push(`_Exported from NewsContext on ${exportedAt.slice(0, 10)}: ${p.pins.length} pinned._`);
    for (const pin of p.pins) out.push('', ...entityMarkdown(pin));
  }
  return `${out.join('\n')}\n`;
}

// ── CSV ─────────────────────────────────────────────────────────────────────

export const CSV_COLUMNS = [
  'project',
  'entity_id',
  'name',
  'type',
  'role',
  'page_title',
  'page_url',
  'published',
  'sentence',
  'pinned_at',
  'facts',
  'sources',
] as const;

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces,
 * with quotes doubled (RFC 4180). A text that a spreadsheet would run as a formula
 * (=, +, -, @ first, and not a number) is written with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d[\d.,\s]*$/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRow = (cells: readonly string[]): string => cells.map(csvField).join(',');

export function toCsv(projects: readonly Project[]): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const p of projects) {
    for (const pin of p.pins) {
      for (const s of pin.seen) {
        const { sources, refOf } = numberSources(s.card);
        rows.push(
          csvRow([
            projectTitle(p),
            pin.id,
            pin.name,
            pin.type,
            pin.role,
            s.title,
            s.url,
            s.published ?? '',
            s.sentence,
            s.pinnedAt,
            s.card.facts.map((f) => factLine(f, refOf(f))).join('\n'),
            sources.map((src, i) => `[${i + 1}] ${src.title} <${src.url}>`).join('\n'),
          ]),
        );
      }
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

// ── JSON and the three together ─────────────────────────────────────────────

export const toJson = (projects: readonly Project[], exportedAt: string): string =>
  `${JSON.stringify(notesFile(projects, exportedAt), null, 2)}\n`;

export function renderNotes(format: NotesFormat, projects: readonly Project[], exportedAt: string): string {
  if (format === 'md') return toMarkdown(projects, exportedAt);
  if (format === 'csv') return toCsv(projects);
  return toJson(projects, exportedAt);
}

/** A file name for an export: "newscontext-<project>-<date>.<ext>", in safe characters. */
export function notesFileName(project: Project, format: NotesFormat, exportedAt: string): string {
  const slug =
    projectTitle(project)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'notes';
  return `newscontext-${slug}-${exportedAt.slice(0, 10)}.${format}`;
}
