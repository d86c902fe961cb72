/**
 * Measures the linking threshold: precision and recall on each gold set as the
 * minimum score rises. `npx tsx scripts/link-threshold-sweep.ts`
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINK_OPTIONS } from '../engine/link/link.ts';
import { loadNodeDataset, ROOT } from './lib/artefacts.ts';
import { evaluateFiles, precision, recall } from './lib/eval/run-eval.ts';

const fixtures = join(ROOT, 'tests/fixtures/articles');
const sets: Record<string, string[]> = {
  fixtures: readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(fixtures, f)),
  seed: [join(ROOT, '../shared/eval/seed-article/gold.json')].filter(existsSync),
  aida: [join(ROOT, '../shared/eval/aida-dev.jsonl')].filter(existsSync),
};
const dataset = loadNodeDataset();
console.log(`current threshold ${DEFAULT_LINK_OPTIONS.threshold}, margin ${DEFAULT_LINK_OPTIONS.margin}`);
for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
  const parts: string[] = [];
  for (const [name, files] of Object.entries(sets)) {
    if (!files.length) continue;
    const r = await evaluateFiles(dataset, files, { ...DEFAULT_LINK_OPTIONS, threshold });
    parts.push(
      `${name} P ${(precision(r.overall) * 100).toFixed(1)} R ${(recall(r.overall) * 100).toFixed(1)}`,
    );
  }
  console.log(`threshold ${threshold.toFixed(2)}: ${parts.join('; ')}`);
}
