/**
 * `npm run scan -- [--json] [--scope article|page] [--url URL] [--pack PACK]... FILE...` and `npm run scan -- --jsonl IN.jsonl`:
 * the extension's engine and skip rules on .html and .txt files, from the shell.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { annotateText } from '../engine/annotate.ts';
import type { Dataset } from '../engine/data/dataset.ts';
import { detectPublishedDate } from '../engine/page/published-date.ts';
import { detectSiteCountry } from '../engine/page/site-country.ts';
import { loadNodeDataset } from './lib/artefacts.ts';
import { htmlArticleText } from './lib/html-text.ts';
import { loadPacks } from './lib/packs.ts';

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; name: string; type: string; wikipedia: string | null };
  score: number;
}

function mentionsOf(dataset: Dataset, text: string, country: string | null = null): JsonMention[] {
  return annotateText(dataset, text, undefined, [], country).map((m) => {
    const e = dataset.entities[m.entity]!;
    return {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      entity: { id: e.id, name: e.name, type: e.type, wikipedia: e.wikipedia ?? null },
      score: m.evidence.score,
    };
  });
}

function printTable(file: string, mentions: JsonMention[]): void {
  console.log(`\n${file}: ${mentions.length} mention(s)`);
  for (const m of mentions) {
    const span = `${m.start}-${m.end}`.padEnd(12);
    console.log(`  ${span} ${m.text.padEnd(28)} → ${m.entity.name} [${m.entity.type}] ${m.entity.id}`);
  }
}

/** A page's text as the content script reads it: the article it finds (`scope`), or the whole page. */
async function readDocText(
  file: string,
  mode: 'article' | 'page',
): Promise<{ text: string; scope: 'article' | 'page'; articleChars?: number }> {
  const raw = readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) return { text: raw, scope: 'page' };
  const found = await htmlArticleText(raw, mode);
  return found.scope === 'article'
    ? { text: found.text, scope: 'article', articleChars: found.chars }
    : { text: found.text, scope: 'page' };
}

/**
 * The site's country as the content script reads it (engine/page/site-country.ts): the
 * page's `og:locale` or `<html lang>`, or `--url URL` for the domain a saved page came from.
 */
function countryOf(file: string, url: string | undefined): string | null {
  if (!/\.html?$/i.test(file)) return null;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return detectSiteCountry(document as unknown as Document, url ?? pathToFileURL(file).href);
}

/** The publication date the content script would detect on this page; text has no DOM to read it from. */
function publishedOf(file: string): string | null {
  if (!/\.html?$/i.test(file)) return null;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return detectPublishedDate(document as unknown as Document, pathToFileURL(file).href)?.date ?? null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const jsonlIndex = args.indexOf('--jsonl');
  // `--pack PACK` (repeatable): class packs applied as the extension applies them.
  const packPaths = args.filter((_, i) => args[i - 1] === '--pack');
  // `--scope article|page`: read the article the extension finds (the default) or the whole page.
  const scopeArg = args[args.indexOf('--scope') + 1];
  // `--url URL`: where the saved page came from, for its domain's country.
  const url = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;
  const mode = args.includes('--scope') ? scopeArg : 'article';
  if (mode !== 'article' && mode !== 'page') throw new Error('--scope takes article or page');
  const files = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      (jsonlIndex < 0 || i !== jsonlIndex + 1) &&
      args[i - 1] !== '--pack' &&
      args[i - 1] !== '--scope' &&
      args[i - 1] !== '--url',
  );
  if (jsonlIndex < 0 && files.length === 0) {
    console.error(
      'usage: npm run scan -- [--json] [--scope article|page] [--url URL] [--pack PACK]... FILE.html|FILE.txt ...\n       npm run scan -- [--pack PACK]... --jsonl IN.jsonl',
    );
    process.exit(2);
  }
  const { dataset } = loadPacks(packPaths, loadNodeDataset());
  if (jsonlIndex >= 0) {
    const input = args[jsonlIndex + 1];
    if (!input) throw new Error('--jsonl needs a file');
    const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: unknown; text: string };
      console.log(
        JSON.stringify({ id: record.id, published: null, mentions: mentionsOf(dataset, record.text) }),
      );
    }
    return;
  }
  for (const file of files) {
    const { text, ...scope } = await readDocText(file, mode);
    const country = countryOf(file, url);
    const mentions = mentionsOf(dataset, text, country);
    if (json)
      console.log(JSON.stringify({ file, published: publishedOf(file), country, ...scope, mentions }));
    else printTable(file, mentions);
  }
}

main().catch((err: unknown) => {
  console.error(`scan: ${(err as Error).message}`);
  process.exit(1);
});
