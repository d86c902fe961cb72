import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodeDataset, ROOT } from '../../scripts/lib/artefacts.ts';
import { evaluateFiles, precision, recall } from '../../scripts/lib/eval/run-eval.ts';

const dir = join(ROOT, 'tests/fixtures/articles');
const golds = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(dir, f));

describe('linking quality on the project’s gold articles', () => {
  it('has at least 20 articles', () => expect(golds.length).toBeGreaterThanOrEqual(20));

  it('keeps precision ≥ 95% and recall ≥ 90%, and links no trap', async () => {
    const result = await evaluateFiles(loadNodeDataset(), golds);
    expect(result.trapsLinked).toEqual([]);
    expect(precision(result.overall)).toBeGreaterThanOrEqual(0.95);
    expect(recall(result.overall)).toBeGreaterThanOrEqual(0.9);
  });
});
