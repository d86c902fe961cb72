/** Offline search over names and aliases, for the popup's search box. */
import type { Dataset } from '../data/dataset.ts';
import { foldKey } from '../text/fold.ts';

/** Entity indices whose name or alias matches the query; prefix matches and prominent entities first. */
export function searchEntities(dataset: Dataset, query: string, limit: number): number[] {
  const q = foldKey(query);
  if (q.length < 2) return [];
  const scored = new Map<number, number>();
  const { keys, offsets, entity } = dataset.index;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const at = key.indexOf(q);
    if (at < 0) continue;
    const rank = key === q ? 3 : at === 0 ? 2 : 1;
    for (let e = offsets[k]!; e < offsets[k + 1]!; e++) {
      const i = entity[e]!;
      const score = rank + dataset.entities[i]!.prior;
      if ((scored.get(i) ?? 0) < score) scored.set(i, score);
    }
  }
  return [...scored]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([i]) => i);
}
