/** Load gold files of either format, score them, and format the report. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dataset } from '../../../engine/data/dataset.ts';
import type { LinkOptions } from '../../../engine/link/link.ts';
import { parseHTML } from 'linkedom';
import { detectSiteCountry } from '../../../engine/page/site-country.ts';
import { htmlScopeText } from '../html-text.ts';
import { jsonlRecordSchema, pageGoldSchema } from './gold.ts';
import { newResult, scorePage, scoreRecord, type EvalResult, type Tally } from './score.ts';

export async function evaluateFiles(
  dataset: Dataset,
  files: string[],
  opts?: LinkOptions,
): Promise<EvalResult> {
  const result = newResult();
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    if (file.endsWith('.jsonl')) {
      for (const line of raw.split('\n')) {
        if (line.trim()) scoreRecord(dataset, jsonlRecordSchema.parse(JSON.parse(line)), result, opts);
      }
      continue;
    }
    const gold = pageGoldSchema.parse(JSON.parse(raw));
    const docPath = resolve(dirname(file), gold.document);
    const doc = readFileSync(docPath, 'utf8');
    // Recall is counted over the <article> element where there is one.
    const text = /\.html?$/i.test(docPath) ? await htmlScopeText(doc, 'article') : doc;
    // The site's country, as the content script reads it (a saved page has no domain: og:locale, lang).
    const country = /\.html?$/i.test(docPath)
      ? detectSiteCountry(parseHTML(doc).document as unknown as Document, 'file:///')
      : null;
    scorePage(dataset, gold, text, result, opts, country);
  }
  return result;
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.goldTotal === 0 ? 1 : t.goldFound / t.goldTotal);
export const f1 = (t: Tally): number => {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function line(label: string, t: Tally): string {
  return `${label.padEnd(14)} P ${pct(precision(t)).padStart(6)}  R ${pct(recall(t)).padStart(6)}  F1 ${pct(f1(t)).padStart(6)}  (tp ${t.tp}, fp ${t.fp}, gold ${t.goldFound}/${t.goldTotal})`;
}

export function formatReport(r: EvalResult, limit = 40): string {
  const out = [line('overall', r.overall)];
  if (r.onNilGold) {
    const o = r.overall;
    const p = o.tp / (o.tp + o.fp - r.onNilGold);
    out.push(
      `  (${r.onNilGold} of the false positives sit on gold names that have no Wikidata id, such as "OSCE" and "West Bank"; ` +
        `${r.onNilCompound} of those are hyphenated compounds tagged whole, such as "Ontario-based"; ` +
        `precision without them, the usual in-KB protocol: ${pct(p)})`,
    );
  }
  for (const [type, t] of [...r.byType].sort()) out.push(line(`  ${type}`, t));
  if (r.tiers) {
    const t = r.tiers;
    out.push(
      `core entities found ${t.coreFound}/${t.coreTotal}; core mention recall ${pct(recall(t.coreMentions))}; ` +
        `extended entities found ${t.extendedFound}/${t.extendedTotal}`,
    );
  }
  out.push(`traps linked: ${r.trapsLinked.length}`, ...r.trapsLinked.map((s) => `  TRAP ${s}`));
  out.push(
    `false positives: ${r.falsePositives.length}`,
    ...r.falsePositives.slice(0, limit).map((s) => `  FP ${s}`),
  );
  if (r.misses.length)
    out.push(`misses: ${r.misses.length}`, ...r.misses.slice(0, limit).map((s) => `  MISS ${s}`));
  return out.join('\n');
}
