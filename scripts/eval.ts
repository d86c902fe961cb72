/** `npm run eval -- GOLD...`: precision, recall and F1 against page gold (.json) or JSONL gold. */
import { loadNodeDataset } from './lib/artefacts.ts';
import { evaluateFiles, formatReport } from './lib/eval/run-eval.ts';

const args = process.argv.slice(2);
const limitArg = args.find((a) => a.startsWith('--limit='));
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval -- [--limit=N] GOLD.json|GOLD.jsonl ...');
  process.exit(2);
}
evaluateFiles(loadNodeDataset(), files)
  .then((result) => console.log(formatReport(result, limitArg ? Number(limitArg.slice(8)) : 40)))
  .catch((err: unknown) => {
    console.error(`eval: ${(err as Error).message}`);
    process.exit(1);
  });
