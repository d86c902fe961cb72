/**
 * How the city population threshold trades precision for coverage: compiles the
 * dataset at several thresholds and scores each on the gold sets.
 *   npx tsx scripts/threshold-study.ts [GOLD...]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../engine/data/dataset.ts';
import { ROOT } from './lib/artefacts.ts';
import { compileDataset } from './lib/build-dataset.ts';
import { evaluateFiles, precision, recall } from './lib/eval/run-eval.ts';

const fixtures = join(ROOT, 'tests/fixtures/articles');
const defaults = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(fixtures, f)),
  join(ROOT, '../shared/eval/seed-article/gold.json'),
  join(ROOT, '../shared/eval/aida-dev.jsonl'),
].filter(existsSync);
const golds = process.argv.length > 2 ? process.argv.slice(2) : defaults;
const sets = {
  fixtures: golds.filter((g) => g.includes('tests/fixtures')),
  seed: golds.filter((g) => g.includes('seed-article')),
  aida: golds.filter((g) => g.endsWith('.jsonl')),
};

for (const threshold of [5000, 15000, 50000]) {
  const { dataset, aliases } = compileDataset(ROOT, threshold);
  const d = loadDataset(dataset, aliases);
  const towns = d.entities.filter((e) => e.subtype === 'city' || e.subtype === 'town').length;
  const parts: string[] = [];
  for (const [name, files] of Object.entries(sets)) {
    if (!files.length) continue;
    const r = await evaluateFiles(d, files);
    parts.push(
      `${name} P ${(precision(r.overall) * 100).toFixed(1)} R ${(recall(r.overall) * 100).toFixed(1)}`,
    );
  }
  console.log(`threshold ${String(threshold).padStart(6)}: ${towns} cities and towns; ${parts.join('; ')}`);
}
