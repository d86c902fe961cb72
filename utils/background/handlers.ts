/** Answers to the background's messages; each request has been checked against the protocol. */
import { annotateText } from '../../engine/annotate.ts';
import { buildCard, roleOf } from '../../engine/card.ts';
import type { Dataset } from '../../engine/dataset.ts';
import { scanText } from '../../engine/scan.ts';
import { searchEntities } from '../../engine/search.ts';
import { selectSpans } from '../../engine/select.ts';
import type { Mention } from '../../engine/types.ts';
import { getOutlines } from './dataset-loader.ts';
import {
  MAX_ALTERNATIVES,
  type Alternative,
  type AnnotateResponse,
  type BackgroundRequest,
  type CardResponse,
  type PlacesMapResponse,
  type SearchResponse,
  type WireMention,
} from '../protocol.ts';

/** Weight of an entity's prior in the linker's score: an alternative's score without page context. */
const PRIOR_ONLY_WEIGHT = 0.45;

function alternative(dataset: Dataset, entity: number, score: number): Alternative {
  const e = dataset.entities[entity]!;
  return { id: e.id, name: e.name, type: e.type, role: roleOf(dataset, e), score };
}

/**
 * Other readings of a mention for "Not this one": the linker's runner-up, then the
 * alias's other candidates (the alias scanned on its own) by prior. Memoised per
 * alias and entity within one request.
 */
function alternativesOf(dataset: Dataset, m: Mention, memo: Map<string, Alternative[]>): Alternative[] {
  const key = `${m.evidence.alias}\u0000${m.entity}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const out: Alternative[] = [];
  const seen = new Set([m.entity]);
  const r = m.evidence.runnerUp;
  if (r) {
    out.push(alternative(dataset, r.entity, r.score));
    seen.add(r.entity);
  }
  if (m.evidence.candidates > seen.size) {
    const alias = m.evidence.alias;
    const span = selectSpans(alias, scanText(alias, dataset.index), dataset.index).find(
      (s) => s.start === 0 && s.end === alias.length,
    );
    const others = (span?.candidates ?? [])
      .filter((c) => !seen.has(c.entity))
      .map((c) => c.entity)
      .filter((e, i, all) => all.indexOf(e) === i)
      .sort((a, b) => dataset.entities[b]!.prior - dataset.entities[a]!.prior);
    for (const e of others) {
      const score = Math.round(PRIOR_ONLY_WEIGHT * dataset.entities[e]!.prior * 1000) / 1000;
      out.push(alternative(dataset, e, score));
    }
  }
  const result = out.slice(0, MAX_ALTERNATIVES);
  memo.set(key, result);
  return result;
}

export function annotate(dataset: Dataset, chunks: string[], contextIds: string[]): AnnotateResponse {
  const context = contextIds.flatMap((id) => {
    const i = dataset.byId.get(id);
    return i === undefined ? [] : [i];
  });
  const memo = new Map<string, Alternative[]>();
  const mentions = chunks.map((text) =>
    annotateText(dataset, text, undefined, context).map((m): WireMention => {
      const e = dataset.entities[m.entity]!;
      const r = m.evidence.runnerUp;
      const alternatives = alternativesOf(dataset, m, memo);
      return {
        start: m.start,
        end: m.end,
        id: e.id,
        name: e.name,
        type: e.type,
        score: m.evidence.score,
        alias: m.evidence.alias,
        ...(r
          ? {
              runnerUp: {
                id: dataset.entities[r.entity]!.id,
                name: dataset.entities[r.entity]!.name,
                score: r.score,
              },
            }
          : {}),
        ...(alternatives.length ? { alternatives } : {}),
      };
    }),
  );
  return { ok: true, mentions, datasetVersion: dataset.version };
}

export function card(dataset: Dataset, id: string): CardResponse {
  const i = dataset.byId.get(id);
  return { ok: true, card: i === undefined ? null : buildCard(dataset, i) };
}

export function search(dataset: Dataset, query: string): SearchResponse {
  const hits = searchEntities(dataset, query, 20).map((i) => {
    const e = dataset.entities[i]!;
    return { id: e.id, name: e.name, type: e.type, role: roleOf(dataset, e) };
  });
  return { ok: true, hits };
}

/** The context menu's look-up: the best linked name in the selection, else search results. */
export function lookup(dataset: Dataset, text: string): CardResponse | SearchResponse {
  const [best] = annotateText(dataset, text).sort((a, b) => b.evidence.score - a.evidence.score);
  if (best) return card(dataset, dataset.entities[best.entity]!.id);
  return search(dataset, text);
}

/** Points for the page's places, with the outlines of the countries they lie in. */
export async function placesMap(dataset: Dataset, ids: string[]): Promise<PlacesMapResponse> {
  const points: PlacesMapResponse['points'] = [];
  const countries = new Set<string>();
  for (const id of ids) {
    const i = dataset.byId.get(id);
    const e = i === undefined ? undefined : dataset.entities[i];
    if (!e?.geo || e.type !== 'place' || e.geo.basis === 'none') continue;
    points.push({ id: e.id, name: e.name, lat: e.geo.lat, lon: e.geo.lon });
    countries.add(e.geo.cc);
  }
  const all = points.length ? await getOutlines() : {};
  const outlines: Record<string, number[][][]> = {};
  for (const cc of countries) if (all[cc]) outlines[cc] = all[cc];
  return { ok: true, points, outlines };
}

async function withOutline(response: CardResponse): Promise<CardResponse> {
  const c = response.card;
  if (!c?.geo) return response;
  const outline = (await getOutlines())[c.geo.cc];
  return outline ? { ok: true, card: { ...c, outline } } : response;
}

export async function handle(dataset: Dataset, req: BackgroundRequest) {
  switch (req.type) {
    case 'annotate':
      return annotate(dataset, req.chunks, req.context);
    case 'card':
      return withOutline(card(dataset, req.id));
    case 'search':
      return search(dataset, req.query);
    case 'places-map':
      return placesMap(dataset, req.ids);
    case 'lookup': {
      const result = lookup(dataset, req.text);
      return 'card' in result ? withOutline(result) : result;
    }
  }
}
