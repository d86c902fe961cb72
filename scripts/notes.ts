/**
 * `npm run notes -- --format md|csv|json [--pack PACK]... FILE...`: the research notes
 * for those pages, as if every entity the engine finds in each had been pinned there
 * (the sentence around its first mention, the page's title and publication date),
 * rendered by the same code as the popup's and the notebook's exports.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { annotateText } from '../engine/annotate.ts';
import { buildCard } from '../engine/card/card.ts';
import type { Dataset } from '../engine/data/dataset.ts';
import { NOTES_FORMATS, renderNotes, type NotesFormat } from '../engine/notes/export.ts';
import type { PageRef } from '../engine/notes/model.ts';
import { notesForPages, type PageFindings } from '../engine/notes/page-notes.ts';
import { sentenceAround } from '../engine/notes/sentence.ts';
import { detectPublishedDate } from '../engine/page/published-date.ts';
import { loadNodeDataset } from './lib/artefacts.ts';
import { htmlToText } from './lib/html-text.ts';
import { loadPacks } from './lib/packs.ts';

const USAGE = 'usage: npm run notes -- --format md|csv|json [--pack PACK]... FILE.html|FILE.txt ...';

export class UsageError extends Error {}

export interface Args {
  format: NotesFormat;
  packs: string[];
  files: string[];
}

export function parseArgs(argv: readonly string[]): Args {
  let format: string | undefined;
  const packs: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '--pack') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--format') format = value;
      else packs.push(value);
    } else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a.startsWith('--pack=')) packs.push(a.slice('--pack='.length));
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (!format) throw new UsageError('--format is required');
  if (!(NOTES_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${NOTES_FORMATS.join(', ')}, not "${format}"`);
  }
  if (!files.length) throw new UsageError('no file given');
  return { format: format as NotesFormat, packs, files };
}

/** The page as the content script sees it: its text, title, address and publication date. */
async function readPage(file: string): Promise<{ page: PageRef; text: string }> {
  const raw = readFileSync(file, 'utf8');
  const url = pathToFileURL(file).href;
  if (!/\.html?$/i.test(file)) return { page: { url, title: basename(file) }, text: raw };
  const { document } = parseHTML(raw);
  const doc = document as unknown as Document;
  const published = detectPublishedDate(doc, url)?.date;
  const title = doc.title?.trim() || basename(file);
  return { page: { url, title, ...(published ? { published } : {}) }, text: await htmlToText(raw) };
}

/** Every entity linked in the text, in the order of first mention, with that mention's sentence. */
function findings(dataset: Dataset, page: PageRef, text: string): PageFindings {
  const first = new Map<number, { start: number; end: number }>();
  for (const m of annotateText(dataset, text)) if (!first.has(m.entity)) first.set(m.entity, m);
  return {
    page,
    entities: [...first].map(([entity, m]) => ({
      card: buildCard(dataset, entity),
      sentence: sentenceAround(text, m.start, m.end),
    })),
  };
}

/** The notes for these files, in a format: what the command prints. */
export async function notesFor(
  dataset: Dataset,
  files: readonly string[],
  format: NotesFormat,
): Promise<string> {
  const pages: PageFindings[] = [];
  for (const file of files) {
    const { page, text } = await readPage(file);
    pages.push(findings(dataset, page, text));
  }
  const now = new Date().toISOString();
  const name = pages.length === 1 ? pages[0]!.page.title : 'Research notes';
  return renderNotes(format, [notesForPages(name, pages, { id: 'cli', now })], now);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { dataset } = loadPacks(args.packs, loadNodeDataset());
  process.stdout.write(await notesFor(dataset, args.files, args.format));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`notes: ${err.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`notes: ${(err as Error).message}`);
    process.exit(1);
  });
}
