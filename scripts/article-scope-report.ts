/**
 * `npm run scope:report`: what reading the article instead of the page changes.
 * For each real page in ../shared/pages (skipped when absent) and each fixture in
 * tests/fixtures/chrome-pages: highlights over the whole body as before, in page
 * mode (less navigation and footer) and in article mode, and the share of the
 * whole-body highlights that lie outside the detected article. Fixtures with a
 * known body add the share of article-mode highlights inside it and the share of
 * the body's names still highlighted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeDataset, ROOT } from './lib/artefacts.ts';
import { readPage, samePlace, type ScopeGold } from './lib/article-scope.ts';

const pct = (n: number, d: number): string =>
  d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1)}%`.padStart(6);

async function main(): Promise<void> {
  const dataset = loadNodeDataset();
  const dirs = [join(ROOT, '../shared/pages'), join(ROOT, 'tests/fixtures/chrome-pages')];
  const seed = join(ROOT, '../shared/eval/seed-article/page.html');
  let inside = 0;
  let articleTotal = 0;
  let bodyNames = 0;
  let bodyKept = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.log(`(${dir} is absent here: skipped)`);
      continue;
    }
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, f));
    if (dir.endsWith('shared/pages') && existsSync(seed)) files.push(seed);
    console.log(`\n${dir.replace(ROOT + '/', '')}`);
    console.log(
      `  ${'page'.padEnd(34)} scope    words  detect   all  page article  outside  in-body  body-kept`,
    );
    let allSum = 0;
    let outsideSum = 0;
    for (const file of files) {
      const goldFile = file.replace(/\.html$/, '.json');
      const gold =
        dir.includes('chrome-pages') && existsSync(goldFile)
          ? (JSON.parse(readFileSync(goldFile, 'utf8')) as ScopeGold)
          : null;
      const line = await readPage(dataset, readFileSync(file, 'utf8'), gold, (r) => {
        const outside = r.detected.scope === 'article' ? r.all.filter((h) => !r.inDetected(h)).length : 0;
        allSum += r.all.length;
        outsideSum += outside;
        let extra = '';
        if (gold?.body) {
          const inBody = r.article.filter(r.inBody).length;
          const names = r.all.filter(r.inBody);
          const kept = names.filter((n) => r.article.some((a) => samePlace(a, n))).length;
          inside += inBody;
          articleTotal += r.article.length;
          bodyNames += names.length;
          bodyKept += kept;
          extra = `  ${pct(inBody, r.article.length)}  ${pct(kept, names.length)}`;
        } else if (gold?.chrome) {
          extra = `  chrome hits ${r.page.filter(r.inChrome).length}`;
        }
        const name = file.split('/').slice(-2).join('/').slice(-34);
        return (
          `  ${name.padEnd(34)} ${r.detected.scope.padEnd(7)} ${String(r.detected.words).padStart(6)}` +
          ` ${r.detectMs.toFixed(0).padStart(5)}ms ${String(r.all.length).padStart(5)} ${String(r.page.length).padStart(5)}` +
          ` ${String(r.article.length).padStart(7)}   ${pct(outside, r.all.length)}${extra}`
        );
      });
      console.log(line);
    }
    console.log(
      `  total: ${outsideSum} of ${allSum} whole-body highlights (${pct(outsideSum, allSum).trim()}) lie outside the detected article`,
    );
  }
  if (articleTotal) {
    console.log(
      `\nfixtures with a known body: ${pct(inside, articleTotal).trim()} of ${articleTotal} article-mode highlights inside the body; ` +
        `${pct(bodyKept, bodyNames).trim()} of ${bodyNames} names in the body still highlighted`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
