/** `npm run data:check`: every problem as file: entity id: field: message; non-zero exit on any. */
import { buildDataset } from './lib/build-dataset.ts';
import { ROOT } from './lib/artefacts.ts';
import { formatIssue } from './lib/check.ts';

const { issues, entities, curatedCount } = buildDataset(ROOT);
for (const issue of issues) console.log(formatIssue(issue));
if (issues.length) {
  console.error(`data:check: ${issues.length} problem(s)`);
  process.exit(1);
}
console.log(`data:check: OK (${curatedCount} curated, ${entities.length} entities in all)`);
