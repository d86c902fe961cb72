/** `npm run data:build`: validate the sources and write the compiled dataset for the background. */
import { compiledSize, DATA_DIR, writeArtefacts } from './lib/artefacts.ts';

try {
  const { dataset, aliases, curatedCount } = writeArtefacts();
  console.log(
    `data:build: ${dataset.entities.length + dataset.places.length} entities (${curatedCount} curated), ${aliases.keys.length} alias keys, ` +
      `${(compiledSize() / 1e6).toFixed(2)} MB → ${DATA_DIR}`,
  );
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
