/** Quick schema check of curated files while editing: `npx tsx scripts/validate-actors.ts FILE...` */
import { readFileSync } from 'node:fs';
import { sourceFileSchema } from '../dataset/schema.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const result = sourceFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) {
    console.log(`${file}: ${result.data.length} entities OK`);
    continue;
  }
  for (const issue of result.error.issues) {
    bad++;
    console.log(`${file}: [${issue.path.join('.')}] ${issue.message}`);
  }
}
process.exit(bad ? 1 : 0);
