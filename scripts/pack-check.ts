/**
 * `npm run pack:check -- PACK...`: checks class packs (JSON or CSV) against the
 * dataset. A valid pack gets a one-line summary; an invalid one gets each error on
 * its own line (the JSON path or CSV row, the field, what was expected) and exit 1.
 */
import { previewPack, formatPackError, type PackPreview } from '../engine/packs/index.ts';
import { loadNodeDataset } from './lib/artefacts.ts';
import { checkPackFile } from './lib/packs.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function summary(file: string, p: PackPreview): string {
  const shared = p.conflicts.length
    ? `${plural(p.conflicts.length, 'name')} shared (the pack's reading wins): ${p.conflicts
        .slice(0, 3)
        .map((c) => `"${c.alias}" also ${c.with.id}`)
        .join(', ')}${p.conflicts.length > 3 ? ', …' : ''}`
    : 'no conflicts';
  return (
    `${file}: OK "${p.title}" by ${p.author} (${p.format.toUpperCase()}${p.language ? `, ${p.language}` : ''}): ` +
    `${plural(p.newEntities, 'new entity', 'new entities')}, ${plural(p.onExisting, 'note')} on existing entities` +
    `${p.aliasesOnExisting ? ` (${plural(p.aliasesOnExisting, 'alias', 'aliases')} added)` : ''}; ${shared}`
  );
}

function main(): void {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run pack:check -- PACK.json|PACK.csv ...');
    process.exit(2);
  }
  const dataset = loadNodeDataset();
  const checked = files.map((file) => ({ file, result: checkPackFile(file, dataset) }));
  // Packs checked together are previewed together: names they share show as conflicts.
  const valid = checked.flatMap((c) => (c.result.ok ? [c.result.pack] : []));
  let failed = false;
  for (const { file, result } of checked) {
    if (result.ok) {
      const others = valid.filter((p) => p !== result.pack);
      console.log(summary(file, previewPack(result.pack, result.format, dataset, others)));
    } else {
      failed = true;
      for (const e of result.errors) console.log(`${file}: ${formatPackError(e)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

try {
  main();
} catch (err) {
  console.error(`pack:check: ${(err as Error).message}`);
  process.exit(1);
}
