/**
 * `npm run bench`: speed and memory measured in one run, printed as ratios so
 * they hold across machines.
 *   1. Matcher throughput on ~5 MB of news-like text with the full alias set,
 *      against a bare charCodeAt loop (the floor) and a regex alternation of all aliases.
 *   2. Page annotation (collect → match → link) per page, against a bare TreeWalker
 *      pass reading every character of the same text nodes.
 *   3. Background cold start: opening the binary dataset (header and index checks and
 *      views; each block is checked when first read, engine/data/binary.ts) against
 *      JSON.parse of the JSON it replaces; time to a first answer
 *      (open + annotate the seed page) with the real data and with the data tripled
 *      synthetically; the heap the opened dataset keeps, with the buffers counted apart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { runInThisContext } from 'node:vm';
import { Window } from 'happy-dom';
import { annotateText } from '../engine/annotate.ts';
import { findArticle } from '../engine/article/find-article.ts';
import { collectText, isSkippedElement } from '../engine/text/collect.ts';
import { compileBinary, openDatasetParts, type Dataset } from '../engine/data/dataset.ts';
import type { PartBytes } from '../engine/data/binary-read.ts';
import { fromPlaceRow } from '../engine/data/compact-places.ts';
import { ASCII_WORD, scanText } from '../engine/match/scan.ts';
import { FOLD } from '../engine/text/fold.ts';
import { selectSpans } from '../engine/match/select.ts';
import type { CompiledAliases, CompiledDataset } from '../engine/types.ts';
import { joinJson, splitJson } from '../engine/data/json-parts.ts';
import { loadCompiled, readPartFiles, ROOT } from './lib/artefacts.ts';
import { htmlToText } from './lib/html-text.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Best of `rounds` timings of `fn`, each run repeated until it spans at least `minMs`. */
function time(fn: () => unknown, rounds = 5, minMs = 50): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let reps = 0;
    const t0 = performance.now();
    let t1 = t0;
    do {
      fn();
      reps++;
      t1 = performance.now();
    } while (t1 - t0 < minMs);
    best = Math.min(best, (t1 - t0) / reps);
  }
  return best;
}

let sink = 0;
/** A full collection (node --expose-gc, as `npm run bench` runs), else nothing. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function floorLoop(text: string): number {
  let s = 0;
  for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0;
  return s;
}

/**
 * What any matcher that hashes words must do: fold and hash every word character, with no
 * look-up at all. It sets how near the floor a scan of this kind can come.
 */
function hashWordsLoop(text: string): number {
  let h = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 128 ? ASCII_WORD[c]! : FOLD[c]!;
    if (f !== 0) h = Math.imul(h ^ f, 16777619);
    else if (h !== 0) {
      n ^= h;
      h = 0;
    }
  }
  return n;
}

/**
 * Fresh compilations of a loop, each timed apart. One few-instruction loop compiled twice
 * can run at half the speed of itself, by where its machine code happens to lie (5.8 ms
 * against 11.6 ms over the same text, in one process): a floor timed from one copy swung
 * so between runs, and every ratio with it. The floor is the best of several copies.
 * `free`: the module values the loop reads, passed in by name.
 */
function copiesOf(
  fn: (text: string) => number,
  count: number,
  free: Record<string, unknown> = {},
): ((text: string) => number)[] {
  const names = Object.keys(free);
  return Array.from({ length: count }, () => {
    const make = runInThisContext(`(function (${names.join(', ')}) { return ${fn.toString()}; })`) as (
      ...values: unknown[]
    ) => (text: string) => number;
    return make(...Object.values(free));
  });
}
const LOOP_COPIES = 4;

async function corpus(targetChars: number): Promise<string> {
  const dirs = [join(ROOT, 'tests/fixtures/articles'), join(ROOT, '../shared/pages')];
  const texts: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      texts.push(await htmlToText(readFileSync(join(dir, f), 'utf8')));
    }
  }
  const joined = texts.join('\n\n');
  let out = '';
  while (out.length < targetChars) out += joined + '\n\n';
  // A flat string (not a rope of the pieces joined above), so the floor and the matcher
  // read the same memory layout from the first run on.
  return JSON.parse(JSON.stringify(out.slice(0, targetChars))) as string;
}

/** V8 cannot compile one alternation of every alias (the process dies), so the baseline runs it in groups. */
const REGEX_GROUP = 20_000;

function regexBaseline(aliases: { keys: readonly string[] }, sample: string): { mbps: number; note: string } {
  const escaped = [...new Set(aliases.keys)]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const t0 = performance.now();
  const groups: RegExp[] = [];
  for (let i = 0; i < escaped.length; i += REGEX_GROUP) {
    const part = escaped.slice(i, i + REGEX_GROUP).join('|');
    groups.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${part})(?![\\p{L}\\p{N}])`, 'giu'));
  }
  const compileMs = performance.now() - t0;
  const ms = time(
    () => {
      let n = 0;
      for (const re of groups) {
        re.lastIndex = 0;
        while (re.exec(sample)) n++;
      }
      sink ^= n;
    },
    1,
    1,
  );
  return {
    mbps: sample.length / 1e6 / (ms / 1000),
    note: `${escaped.length} alternatives in ${groups.length} regexes, compiled in ${compileMs.toFixed(0)} ms`,
  };
}

interface PageResult {
  name: string;
  ratio: number;
  chars: number;
  /** Real page (../shared/pages); finding its article, and annotating the article alone, against the floor. */
  real: boolean;
  detect: number;
  article: number;
}

async function pageBench(dataset: Dataset): Promise<PageResult[]> {
  const files: string[] = [];
  for (const dir of [
    join(ROOT, '../shared/pages'),
    join(ROOT, 'tests/fixtures/articles'),
    join(ROOT, 'tests/fixtures/pages'),
  ]) {
    if (existsSync(dir))
      files.push(
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => join(dir, f)),
      );
  }
  const results: PageResult[] = [];
  for (const file of files) {
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableCSSFileLoading: true,
        disableJavaScriptFileLoading: true,
      },
    });
    window.document.write(readFileSync(file, 'utf8'));
    const body = window.document.body as unknown as Node;
    const collected = collectText(body);
    const floor = time(() => {
      // The same text nodes (same skip rules), every character read, through a bare TreeWalker.
      const walker = window.document.createTreeWalker(window.document.body, 5, {
        acceptNode: (n: unknown) =>
          (n as Node).nodeType === 1 && isSkippedElement(n as unknown as Element) ? 2 : 1,
      });
      let s = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n as unknown as Node).nodeType !== 3) continue;
        const d = (n as unknown as Text).data;
        for (let i = 0; i < d.length; i++) s = (s + d.charCodeAt(i)) | 0;
      }
      sink ^= s;
    });
    const full = time(() => {
      const c = collectText(body);
      sink ^= annotateText(dataset, c.text).length;
    });
    const doc = window.document as unknown as Document;
    const detect = time(() => (sink ^= findArticle(doc).words));
    const article = time(() => {
      const c = collectText(body, { scope: findArticle(doc) });
      sink ^= annotateText(dataset, c.text).length;
    });
    results.push({
      name: file.split('/').slice(-2).join('/'),
      ratio: full / floor,
      chars: collected.text.length,
      real: file.includes('shared/pages'),
      detect: detect / floor,
      article: article / floor,
    });
    await window.happyDOM.close();
  }
  return results;
}

/**
 * The data tripled: every entity, term and alias key twice more under altered ids, codes
 * and keys (a word "xq2" / "xq3" in front), so the index and the records are three times
 * the size while the real names resolve as before. The copies follow the real records.
 */
function tripled(
  dataset: CompiledDataset,
  aliases: CompiledAliases,
): { dataset: CompiledDataset; aliases: CompiledAliases } {
  const real = dataset.entities.concat(dataset.places.map(fromPlaceRow));
  const entities = real.slice();
  const keys = aliases.keys.slice();
  const counts = aliases.counts.slice();
  const entity = aliases.entity.slice();
  const flags = aliases.flags.slice();
  const terms = (dataset.terms ?? []).slice();
  for (const r of [2, 3]) {
    const alter = (id: string): string => `${id}~${r}`;
    for (const e of real) {
      entities.push({
        ...e,
        id: alter(e.id),
        ...(e.related ? { related: e.related.map((x) => ({ ...x, id: alter(x.id) })) } : {}),
        ...(e.geo?.a1 ? { geo: { ...e.geo, a1: alter(e.geo.a1) } } : {}),
      });
    }
    for (const k of aliases.keys) keys.push(`xq${r} ${k}`);
    for (const c of aliases.counts) counts.push(c);
    for (const x of aliases.entity) entity.push(x + (r - 1) * real.length);
    for (const f of aliases.flags) flags.push(f);
    for (const t of dataset.terms ?? []) {
      terms.push({ ...t, officeOf: alter(t.officeOf), ...(t.holder ? { holder: alter(t.holder) } : {}) });
    }
  }
  return {
    dataset: { ...dataset, entities, places: [], terms },
    aliases: { ...aliases, keys, counts, entity, flags },
  };
}

/**
 * Time from the fetched bytes to the first page's mentions, on a fresh dataset each run
 * (so no decoded record is reused); the two data sets alternate, after warm-ups,
 * so both meet the same compiler state and machine load. Medians of 21, after two warm-ups.
 */
function firstAnswers(sets: PartBytes[][], seedText: string): { total: number; open: number }[] {
  const runs: number[][] = sets.map(() => []);
  const opens: number[][] = sets.map(() => []);
  for (let r = -2; r < 21; r++) {
    sets.forEach((parts, k) => {
      const t0 = performance.now();
      const d = openDatasetParts(parts);
      const t1 = performance.now();
      sink ^= annotateText(d, seedText).length;
      if (r >= 0) {
        runs[k]!.push(performance.now() - t0);
        opens[k]!.push(t1 - t0);
      }
    });
  }
  return runs.map((r, k) => ({ total: median(r), open: median(opens[k]!) }));
}

/**
 * The heap an opened dataset keeps (node --expose-gc): the heap with it, less the heap
 * once it is dropped, each after a full collection; the median of five. Measured against
 * the heap before it was opened instead, a collection of earlier garbage inside the
 * measure could make the figure negative. `served`: after it has annotated the seed page
 * (decoded records and caches included).
 */
function datasetHeap(files: PartBytes[], seedText: string): { loaded: number; served: number } {
  const loaded: number[] = [];
  const served: number[] = [];
  const used = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  for (let r = 0; r < 5; r++) {
    let dataset: Dataset | null = openDatasetParts(files);
    const withIt = used();
    sink ^= annotateText(dataset, seedText).length;
    const afterAnswer = used();
    dataset = null;
    const without = used();
    loaded.push((withIt - without) / 1e6);
    served.push((afterAnswer - without) / 1e6);
  }
  return { loaded: median(loaded), served: median(served) };
}

async function coldStart(): Promise<Dataset> {
  const files = readPartFiles();
  const { dataset: compiled, aliases } = loadCompiled();
  // The JSON the binary files replace: the former part files, as the background parsed them.
  const rawEntities = splitJson(compiled);
  const rawAliases = splitJson(aliases);
  const jsonBytes = [...rawEntities, ...rawAliases].reduce((n, r) => n + Buffer.byteLength(r), 0);
  const binBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const parse = <T>(raw: string[]): T =>
    joinJson<T>(raw.map((r) => JSON.parse(r) as Record<string, unknown>));
  const parseMs = time(
    () => {
      sink ^= parse<CompiledDataset>(rawEntities).entities.length;
      sink ^= parse<CompiledAliases>(rawAliases).keys.length;
    },
    3,
    1,
  );
  const coldMs = time(() => (sink ^= openDatasetParts(files).entities.length), 5, 20);
  console.log(
    `\ncold start: open the binary files (check headers and part indexes, map views; blocks are checked as read) ${coldMs.toFixed(1)} ms vs JSON.parse of the JSON they replace ${parseMs.toFixed(1)} ms → ${(coldMs / parseMs).toFixed(2)}× JSON.parse`,
  );
  const seed = join(ROOT, '../shared/eval/seed-article/page.html');
  const seedFile = existsSync(seed) ? seed : join(ROOT, 'tests/fixtures/articles/01-kabul-bread-prices.html');
  const seedText = await htmlToText(readFileSync(seedFile, 'utf8'));
  const big = tripled(compiled, aliases);
  const bigParts = compileBinary(big.dataset, big.aliases).map((bytes, i) => ({
    name: `x3-${i}.bin`,
    bytes,
  }));
  const [realRun, bigRun] = firstAnswers([files, bigParts], seedText) as [
    { total: number; open: number },
    { total: number; open: number },
  ];
  const real = realRun.total;
  const tripledMs = bigRun.total;
  const bigBytes = bigParts.reduce((n, p) => n + p.bytes.length, 0);
  console.log(
    `cold start: first answer ${real.toFixed(1)} ms (real data), ${tripledMs.toFixed(1)} ms (3× data) → ${(tripledMs / real).toFixed(2)}× (open + annotate the seed page; of which open ${realRun.open.toFixed(1)} / ${bigRun.open.toFixed(1)} ms; ${(binBytes / 1e6).toFixed(1)} MB vs ${(bigBytes / 1e6).toFixed(1)} MB of binary data)`,
  );
  const heap = datasetHeap(files, seedText);
  console.log(
    `  binary buffers ${(binBytes / 1e6).toFixed(2)} MB in ${files.length} files vs ${(jsonBytes / 1e6).toFixed(2)} MB of JSON (${((binBytes / jsonBytes) * 100).toFixed(0)}%), counted apart; heap after load ≈ ${heap.loaded.toFixed(1)} MB (${heap.served.toFixed(1)} MB once it has answered the seed page)`,
  );
  return openDatasetParts(files);
}

async function main(): Promise<void> {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
  const dataset = await coldStart();
  const aliases = { keys: dataset.index.keys };

  const text = await corpus(5_000_000);
  // Floor and matcher take turns, each the best of its rounds, after a full collection:
  // measured apart, the floor ran at half speed in some runs (a collection of the data
  // just loaded still going on beside it), which flattered the ratio; so did a floor timed
  // from one compiled copy (`copiesOf`).
  collectGarbage();
  let floorMs = Infinity;
  let matchMs = Infinity;
  let scanMs = Infinity;
  let selectMs = Infinity;
  let hashMs = Infinity;
  const raw = scanText(text, dataset.index);
  const floors = copiesOf(floorLoop, LOOP_COPIES);
  const hashLoops = copiesOf(hashWordsLoop, LOOP_COPIES, { ASCII_WORD, FOLD });
  for (let turn = 0; turn < 3; turn++) {
    for (const floor of floors)
      floorMs = Math.min(
        floorMs,
        time(() => (sink ^= floor(text)), 3),
      );
    // Best of several rounds: one round is ~50 ms, and a garbage collection inside one skews it.
    matchMs = Math.min(
      matchMs,
      time(() => (sink ^= selectSpans(text, scanText(text, dataset.index), dataset.index).length), 3, 1),
    );
    scanMs = Math.min(
      scanMs,
      time(() => (sink ^= scanText(text, dataset.index).length), 3, 1),
    );
    selectMs = Math.min(
      selectMs,
      time(() => (sink ^= selectSpans(text, raw, dataset.index).length), 3, 1),
    );
    for (const hash of hashLoops)
      hashMs = Math.min(
        hashMs,
        time(() => (sink ^= hash(text)), 3),
      );
  }
  const mb = text.length / 1e6;
  const matcherMbps = mb / (matchMs / 1000);
  console.log(`\nmatcher on ${mb.toFixed(1)} MB of news text, ${aliases.keys.length} alias keys:`);
  console.log(
    `  floor (charCodeAt loop) ${(mb / (floorMs / 1000)).toFixed(0)} MB/s; matcher ${matcherMbps.toFixed(1)} MB/s → ${(matchMs / floorMs).toFixed(2)}× the floor`,
  );
  console.log(
    `  of which scan ${(scanMs / floorMs).toFixed(2)}× and select ${(selectMs / floorMs).toFixed(2)}×; folding and hashing every word character with no look-up ${(hashMs / floorMs).toFixed(2)}×`,
  );
  const sample = text.slice(0, 20_000);
  const regex = regexBaseline(aliases, sample);
  console.log(
    `  regex alternation ${regex.mbps.toPrecision(2)} MB/s (${regex.note}) → matcher is ${(matcherMbps / regex.mbps).toFixed(0)}× faster`,
  );

  const pages = await pageBench(dataset);
  console.log(`\npage annotation (collect → match → link) vs bare TreeWalker floor:`);
  for (const p of pages)
    console.log(`  ${p.name.padEnd(48)} ${String(p.chars).padStart(8)} chars  ${p.ratio.toFixed(2)}×`);
  console.log(`  median ${median(pages.map((p) => p.ratio)).toFixed(2)}× over ${pages.length} pages`);
  const real = pages.filter((p) => p.real);
  if (real.length)
    console.log(
      `  article detection on ${real.length} real pages: median ${median(real.map((p) => p.detect)).toFixed(2)}× the floor (${Math.min(...real.map((p) => p.detect)).toFixed(2)}–${Math.max(...real.map((p) => p.detect)).toFixed(2)}×); detection + annotation of the article alone median ${median(real.map((p) => p.article)).toFixed(2)}× vs the whole page ${median(real.map((p) => p.ratio)).toFixed(2)}×`,
    );
  if (sink === 42) console.log('');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
