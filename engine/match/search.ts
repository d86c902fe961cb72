/** Offline search over names and aliases, for the popup's search box. */
import type { Dataset } from '../data/dataset.ts';
import { foldKey } from '../text/fold.ts';

/** One byte, one character: positions in the decoded key bytes are byte offsets. */
const bytewise = new TextDecoder('windows-1252');
const utf8 = new TextEncoder();

/** Every key id whose key contains `q`, with its rank (3 whole key, 2 prefix, 1 inside). */
function matchingKeys(dataset: Dataset, q: string): Map<number, number> {
  const out = new Map<number, number>();
  const table = dataset.index.keyTable;
  if (!table) {
    const { keys } = dataset.index;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const at = key.indexOf(q);
      if (at >= 0) out.set(k, key === q ? 3 : at === 0 ? 2 : 1);
    }
    return out;
  }
  // The compiled key bytes searched in one string, without decoding key by key.
  table.checkAll();
  const { bytes, offsets } = table;
  const all = bytewise.decode(bytes);
  const needle = bytewise.decode(utf8.encode(q));
  for (let at = all.indexOf(needle); at >= 0; at = all.indexOf(needle, at + 1)) {
    // The key holding this offset: the last one starting at or before it.
    let lo = 0;
    let hi = offsets.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = offsets[lo]!;
    const end = offsets[lo + 1]!;
    if (at + needle.length > end) continue; // runs into the next key
    const rank = at === start ? (end - start === needle.length ? 3 : 2) : 1;
    if ((out.get(lo) ?? 0) < rank) out.set(lo, rank);
  }
  return out;
}

/** Entity indices whose name or alias matches the query; prefix matches and prominent entities first. */
export function searchEntities(dataset: Dataset, query: string, limit: number): number[] {
  const q = foldKey(query);
  if (q.length < 2) return [];
  const best = new Map<number, number>();
  const { offsets, entity } = dataset.index;
  for (const [k, rank] of matchingKeys(dataset, q)) {
    for (let e = offsets[k]!; e < offsets[k + 1]!; e++) {
      const i = entity[e]!;
      if ((best.get(i) ?? 0) < rank) best.set(i, rank);
    }
  }
  // Priors from the compiled array where there is one: no record is read to rank.
  const priors = dataset.priors;
  const prior = (i: number): number =>
    priors && i < priors.length ? priors[i]! : dataset.entities[i]!.prior;
  return [...best]
    .map(([i, rank]) => [i, rank + prior(i)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([i]) => i);
}
