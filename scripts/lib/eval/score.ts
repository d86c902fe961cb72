/**
 * Scoring against gold. A predicted link is a true positive when its entity is the
 * gold entity for that mention; everything else the engine links is a false
 * positive. Recall counts gold occurrences found.
 */
import { annotateText } from '../../../engine/annotate.ts';
import type { Dataset } from '../../../engine/data/dataset.ts';
import type { LinkOptions } from '../../../engine/link/link.ts';
import type { CompiledEntity } from '../../../engine/types.ts';
import { sameEntity, type JsonlRecord, type PageGold } from './gold.ts';

export interface Tally {
  tp: number;
  fp: number;
  goldTotal: number;
  goldFound: number;
}
export const emptyTally = (): Tally => ({ tp: 0, fp: 0, goldTotal: 0, goldFound: 0 });

export interface EvalResult {
  overall: Tally;
  byType: Map<string, Tally>;
  falsePositives: string[];
  misses: string[];
  /** Page gold only. */
  tiers?: {
    coreFound: number;
    coreTotal: number;
    coreMentions: Tally;
    extendedFound: number;
    extendedTotal: number;
  };
  trapsLinked: string[];
  /** JSONL only: links made on gold mentions whose gold has no Wikidata id (counted as false positives). */
  onNilGold: number;
  /** Of those, links on the place or actor inside a hyphenated compound the gold tags whole ("Ontario-based"). */
  onNilCompound: number;
}

export function newResult(): EvalResult {
  return {
    overall: emptyTally(),
    byType: new Map(),
    falsePositives: [],
    misses: [],
    trapsLinked: [],
    onNilGold: 0,
    onNilCompound: 0,
  };
}

function tallyOf(result: EvalResult, type: string): Tally {
  let t = result.byType.get(type);
  if (!t) result.byType.set(type, (t = emptyTally()));
  return t;
}

const surfaceKey = (s: string): string => s.replace(/[‘’]/g, "'").toLowerCase();

/** Score one page-gold document whose scoped text is `text`. */
export function scorePage(
  dataset: Dataset,
  gold: PageGold,
  text: string,
  result: EvalResult,
  opts?: LinkOptions,
  /** The page's country (engine/page/site-country.ts). */
  country: string | null = null,
): void {
  const mentions = annotateText(dataset, text, opts, [], country);
  const found = new Map<number, number>(); // gold entity index → occurrences found
  const bySurface = new Map<string, number[]>();
  gold.entities.forEach((g, i) => {
    for (const s of Object.keys(g.surfaces))
      bySurface.set(surfaceKey(s), [...(bySurface.get(surfaceKey(s)) ?? []), i]);
  });
  for (const m of mentions) {
    const e = dataset.entities[m.entity]!;
    const surface = text.slice(m.start, m.end);
    const candidates = bySurface.get(surfaceKey(surface)) ?? gold.entities.map((_, i) => i);
    const hit = candidates.find((i) => sameEntity(e, gold.entities[i]!));
    const type = e.type;
    if (hit !== undefined) {
      result.overall.tp++;
      tallyOf(result, type).tp++;
      found.set(hit, (found.get(hit) ?? 0) + 1);
    } else {
      result.overall.fp++;
      tallyOf(result, type).fp++;
      result.falsePositives.push(describe(surface, e));
    }
    const trap = gold.traps.find((t) => surfaceKey(t.surface) === surfaceKey(surface));
    if (trap && hit === undefined) result.trapsLinked.push(`${describe(surface, e)} — ${trap.why}`);
  }
  const tiers = (result.tiers ??= {
    coreFound: 0,
    coreTotal: 0,
    coreMentions: emptyTally(),
    extendedFound: 0,
    extendedTotal: 0,
  });
  gold.entities.forEach((g, i) => {
    const total = Object.values(g.surfaces).reduce((a, b) => a + b, 0);
    const got = Math.min(total, found.get(i) ?? 0);
    if (g.tier === 'optional') return;
    result.overall.goldTotal += total;
    result.overall.goldFound += got;
    const t = tallyOf(result, g.type);
    t.goldTotal += total;
    t.goldFound += got;
    if (got < total) result.misses.push(`${g.name} [${g.tier}] ${got}/${total}`);
    if (g.tier === 'core') {
      tiers.coreTotal++;
      if (got > 0) tiers.coreFound++;
      tiers.coreMentions.goldTotal += total;
      tiers.coreMentions.goldFound += got;
    } else {
      tiers.extendedTotal++;
      if (got > 0) tiers.extendedFound++;
    }
  });
}

/** Score one JSONL record: a link must sit on a gold span and name the gold entity. */
export function scoreRecord(
  dataset: Dataset,
  rec: JsonlRecord,
  result: EvalResult,
  opts?: LinkOptions,
): void {
  const mentions = annotateText(dataset, rec.text, opts);
  const linkable = rec.mentions.filter((g) => g.wikidata);
  result.overall.goldTotal += linkable.length;
  for (const m of mentions) {
    const e = dataset.entities[m.entity]!;
    const g = rec.mentions.find((x) => x.start < m.end && m.start < x.end);
    const ok =
      g !== undefined && g.wikidata !== null && sameEntity(e, { wikidata: g.wikidata, name: g.name });
    const t = tallyOf(result, e.type);
    if (ok) {
      result.overall.tp++;
      result.overall.goldFound++;
      t.tp++;
    } else {
      result.overall.fp++;
      t.fp++;
      if (g && !g.wikidata) {
        result.onNilGold++;
        if (
          /^-\p{L}/u.test(rec.text.slice(m.end, g.end)) ||
          /\p{L}-$/u.test(rec.text.slice(g.start, m.start))
        ) {
          result.onNilCompound++;
        }
      }
      const goldSays = g ? (g.wikidata ? `gold: ${g.name}` : 'gold: no entity') : 'gold: not a name';
      result.falsePositives.push(`${rec.id}: ${describe(rec.text.slice(m.start, m.end), e)} (${goldSays})`);
    }
  }
}

function describe(surface: string, e: CompiledEntity): string {
  return `"${surface}" → ${e.name} (${e.id})`;
}
