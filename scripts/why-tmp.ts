import { loadNodeDataset } from './lib/artefacts.ts';
import { scanText } from '../engine/scan.ts';
import { selectSpans } from '../engine/select.ts';
const d = loadNodeDataset();
const text = process.argv[2]!;
for (const s of selectSpans(text, scanText(text, d.index), d.index))
  console.log(
    text.slice(s.start, s.end),
    s.candidates
      .map((c) => `${d.entities[c.entity]!.id}:${d.entities[c.entity]!.prior}:f${c.flags}`)
      .join(' | '),
  );
